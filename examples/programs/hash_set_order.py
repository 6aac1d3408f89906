# Set iteration order of strings depends on their hashes (PYTHONHASHSEED=0 fixes it).
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(fruits)
print(list(fruits)[:3], len(fruits))
tags = set("the quick brown fox jumps over the lazy dog".split())
print(tags)
print(sorted(tags))
a = {"red", "green", "blue", "cyan"}
b = {"blue", "cyan", "magenta", "yellow"}
print(a | b)
print(a & b, a - b, a ^ b)
letters = set("mississippi")
print(letters, frozenset("hello"))
d = dict.fromkeys(["zeta", "alpha", "mid"])
print(d, set(d))
print({1, 2, 3, 100, 33, 17}, {-1, -2, 0})
words = {w.upper() for w in fruits if len(w) > 4}
print(words)
print(hash("abc") == hash("abc"), hash(1) == hash(1.0) == hash(True))
print(hash(-1), hash(2 ** 61), hash(0.5), hash((1, 2)))
