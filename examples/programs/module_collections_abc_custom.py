# Custom containers from collections.abc mixins: a ring buffer Sequence and a case-insensitive MutableMapping.
from collections.abc import Sequence, MutableMapping, Iterable, Sized, Hashable, Mapping


class Ring(Sequence):
    def __init__(self, items, start=0):
        self._items = list(items)
        self._start = start % len(self._items) if self._items else 0

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self)[i]
        if not -len(self) <= i < len(self):
            raise IndexError("ring index out of range")
        return self._items[(self._start + i) % len(self._items)]

    def turned(self, n):
        return Ring(self._items, self._start + n)


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=(), **kw):
        self._store = {}
        self.update(data, **kw)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"CaseInsensitiveDict({dict(self.items())})"


r = Ring("abcdef").turned(2)
print(list(r), r[0], r[-1], r[1:4], len(r))
print("e" in r, r.index("a"), r.count("c"), list(reversed(r)))
print(isinstance(r, Iterable), isinstance(r, Hashable), issubclass(Ring, Sized))

h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-length"] = "42"
print(h["CONTENT-TYPE"], h.get("accept"), h.get("missing", "-"), len(h))
print(sorted(h), "ACCEPT" in h, h)
print(h.pop("Accept"), h.setdefault("Host", "example.org"), h.popitem())
print(list(h.keys()), list(h.values()), h == {"Host": "example.org"}, h == {"host": "example.org"})
print(isinstance(h, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence), isinstance({}, Sequence))
h.clear()
print(len(h), h)
