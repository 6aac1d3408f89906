# A sorted set built from collections.abc.MutableSet mixins.
from collections.abc import MutableSet, MutableMapping
import bisect


class SortedSet(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        i = bisect.bisect_left(self._items, x)
        return i < len(self._items) and self._items[i] == x

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self:
            bisect.insort(self._items, x)

    def discard(self, x):
        if x in self:
            self._items.remove(x)

    def __repr__(self):
        return f"SortedSet({self._items})"


class LowerDict(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


a = SortedSet([5, 1, 4, 1, 3])
b = SortedSet([4, 5, 6])
print(a, b, len(a))
print(a | b, a & b, a - b, a ^ b)
print(a <= SortedSet(range(10)), a.isdisjoint(SortedSet([9])))
a.remove(1)
print(a, a.pop(), a)
d = LowerDict()
d["Name"] = "x"
d.update(AGE=3)
print(dict(d), d["NAME"], d.setdefault("age", 0), d.pop("name"), len(d))
a.remove(42)
