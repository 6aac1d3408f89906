# A least-recently-used cache built on OrderedDict, used to memoize a slow lookup.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, compute):
        if key in self.entries:
            self.hits += 1
            self.entries.move_to_end(key)
            return self.entries[key]
        self.misses += 1
        value = compute(key)
        self.entries[key] = value
        if len(self.entries) > self.capacity:
            old, _ = self.entries.popitem(last=False)
            self.evictions += 1
            print(f"    evicted {old}")
        return value

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} rate={rate:.2f}"


def slow_square(n):
    return sum(n for _ in range(n))


cache = LRUCache(3)
for n in [4, 7, 4, 9, 2, 7, 4, 9, 9, 1]:
    value = cache.get(n, slow_square)
    print(f"square({n}) = {value}")
print(cache.stats())
print("order now:", list(cache.entries))
print(cache.entries)

# Promote an entry to the front, then pop from both ends.
cache.entries.move_to_end(9, last=False)
print("after promoting 9:", list(cache.entries.keys()))
print("newest:", cache.entries.popitem(), "oldest:", cache.entries.popitem(last=False))

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
print(list(reversed(a)), a.copy(), OrderedDict.fromkeys("abc", 0))
