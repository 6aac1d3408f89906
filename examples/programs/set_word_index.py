# Build a word index with sets and frozensets: unions, intersections and set-based ranking.
docs = {
    "d1": "the quick brown fox jumps over the lazy dog",
    "d2": "the lazy cat sleeps all day",
    "d3": "a quick brown dog outpaces a quick red fox",
    "d4": "cats and dogs are not the same animal",
}
index = {}
for name, text in docs.items():
    for word in set(text.split()):
        index.setdefault(word, set()).add(name)

print(len(index), sorted(index)[:6])
print(index["quick"], index["the"] | index["lazy"], index["quick"] & index["fox"])


def search(*words):
    sets = [index.get(w, set()) for w in words]
    return set.intersection(*sets) if sets else set()


print(search("quick", "brown"), search("lazy"), search("zebra"), search())
vocab = frozenset(index)
stop = frozenset({"the", "a", "all", "and", "are", "not"})
content = vocab - stop
print(len(content), "fox" in content, content.isdisjoint(stop), stop < vocab)
pairs = {frozenset((a, b)) for a in ["d1", "d2", "d3"] for b in ["d1", "d2", "d3"] if a != b}
print(len(pairs), frozenset({"d1", "d2"}) in pairs)

scores = {}
for d in docs:
    words = set(docs[d].split()) - stop
    scores[d] = len(words & set(docs["d1"].split()))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
s = {3, 1, 4, 1, 5, 9, 2, 6}
s.discard(4)
s ^= {10, 1}
print(s, s.pop(), sorted(s), set.__len__(s), s.issuperset({2, 3}))
print({w for w in content if len(w) > 5})
print(index["elephant"])
