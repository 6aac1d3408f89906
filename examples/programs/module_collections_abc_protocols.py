# Custom containers registered with collections.abc and checked with isinstance.
from collections.abc import Sequence, Mapping, Iterable, Sized, Container, Hashable, Callable


class Countdown(Sequence):
    def __init__(self, start):
        self.start = start

    def __len__(self):
        return self.start

    def __getitem__(self, i):
        if not 0 <= i < self.start:
            raise IndexError(i)
        return self.start - i


class Registry(Mapping):
    def __init__(self, **entries):
        self._entries = dict(entries)

    def __getitem__(self, key):
        return self._entries[key]

    def __iter__(self):
        return iter(self._entries)

    def __len__(self):
        return len(self._entries)


c = Countdown(5)
print(list(c), c[1], 3 in c, c.index(2), c.count(4), list(reversed(c)))
r = Registry(alpha=1, beta=2)
print(dict(r), r.get("gamma", "none"), "beta" in r, list(r.keys()), list(r.values()))
for obj in (c, r, [1], "s", 42, len, None):
    checks = [cls.__name__ for cls in (Sequence, Mapping, Iterable, Sized, Container, Hashable, Callable)
              if isinstance(obj, cls)]
    print(type(obj).__name__, checks)
print(r == {"alpha": 1, "beta": 2})
print(r["delta"])
