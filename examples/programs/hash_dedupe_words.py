# Deduplicating words with sets and dicts: insertion order versus hash order.
TEXT = """to be or not to be that is the question whether tis nobler in the mind
to suffer the slings and arrows of outrageous fortune or to take arms"""
words = TEXT.split()
seen_order = list(dict.fromkeys(words))
hash_order = list(set(words))
print("insertion order:", seen_order[:10])
print("set order:      ", hash_order[:10])
print(len(words), len(seen_order), len(hash_order))
by_letter = {}
for w in set(words):
    by_letter.setdefault(w[0], set()).add(w)
for letter in sorted(by_letter):
    print(letter, by_letter[letter])
vowels = set("aeiou")
print({w for w in words if set(w) <= vowels | set("tb")})
print(frozenset(["a", "b"]) == frozenset(["b", "a"]), {frozenset("ab"): 1}[frozenset("ba")])
s = {"x", "y", "z"}
print(s.pop(), s)
print({"w": 1} in [{"w": 1}], {["unhashable"]})
