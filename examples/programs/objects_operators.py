# Dunder operators: reflected operands, NotImplemented, rich comparisons, __eq__ and __hash__,
# and the container/call protocols (__len__, __bool__, __iter__, __next__, __contains__,
# __getitem__, __call__).

class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)

    def __repr__(self):
        return f'Vector{self.coords}'

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.coords, other.coords)))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self.coords))
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __abs__(self):
        return sum(c * c for c in self.coords) ** 0.5

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __contains__(self, x):
        return x in self.coords

    def __bool__(self):
        return any(self.coords)

    def __call__(self, scale):
        return self * scale


v, w = Vector(1, 2), Vector(3, 4)
print(v + w, 2 * v, v * 3, -v, v(10))
print(v == Vector(1, 2), v != w, v < w, w > v, sorted([w, v]))
print(len(v), v[1], 2 in v, 5 in v, bool(Vector(0, 0)), list(v))
try:
    hash(v)
except TypeError as e:
    print('TypeError:', e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __radd__(self, other):
        return Money(self.cents + other) if isinstance(other, int) else NotImplemented

    def __repr__(self):
        return f'Money({self.cents})'


print(len({Money(1), Money(1), Money(2)}), sum([Money(5), Money(7)], 0) if False else 3 + Money(4))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), next(Countdown(2)), next(iter(Countdown(0)), 'done'))


class Special(Vector):
    def __radd__(self, other):
        return 'Special.__radd__ first'


print(Vector(1) + Special(1))
print(Vector(1) < 3)
