# Grouping anagrams with sets and frozensets of strings; set printing order follows str hashes.
words = """listen silent enlist inlets google tinsel banana stone notes onset tones
seton angel glean angle lager large regal alert alter later earth heart hater""".split()

groups = {}
for w in words:
    groups.setdefault(frozenset(sorted(w)) if len(set(w)) == len(w) else "".join(sorted(w)), set()).add(w)
for key, members in groups.items():
    if len(members) > 1:
        print(len(members), members)

letters = set("".join(words))
print(len(letters), letters)
vowels = set("aeiou")
print(letters & vowels, letters - vowels - set("lst"), vowels - letters)
print({w for w in words if w.startswith("a")}, {w[0] for w in words})
print(frozenset(["earth", "heart"]) == frozenset(["heart", "earth"]), hash("") == 0)
print(set(words[:6]) ^ set(words[3:9]))
seen = set()
dupes = set()
for ch in "mississippi river":
    (dupes if ch in seen else seen).add(ch)
print(seen, dupes, sorted(seen - dupes))
print({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"})
print({("x", 1), ("y", 2), ("x", 2)}, {1, 2, 3, "1", "2"})
lookup = {frozenset({"a", "b"}): "ab", frozenset("c"): "c"}
print(lookup[frozenset("ba")], lookup.get(frozenset()), frozenset("hello"))
print({w: len(w) for w in {"one", "three", "five", "seven"}})
d = dict.fromkeys(words[:5])
print(list(d), set(d) == set(words[:5]))
print(len(groups), groups[frozenset(["z"])])
