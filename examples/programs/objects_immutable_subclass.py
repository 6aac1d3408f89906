# Subclasses of str, int, float and tuple: __new__ with super().__new__, extra methods,
# values that keep behaving like the builtin, and properties over tuple items.

class Name(str):
    def shout(self):
        return self.upper() + '!'

    def __repr__(self):
        return f'Name({str.__repr__(self)})'


n = Name('ada')
print(n, repr(n), n.shout(), len(n), n + ' lovelace', n == 'ada', isinstance(n, str))
print({n: 1}['ada'], n[0], type(n.upper()).__name__, f'<{n}>', sorted([Name('b'), 'a']))


class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f'{value} is odd')
        return super().__new__(cls, value)

    def half(self):
        return Even(self // 2) if (self // 2) % 2 == 0 else self // 2


e = Even(8)
print(e, e + 1, e.half(), e.half().half(), type(e.half()).__name__, e * 2, hash(e) == hash(8))
try:
    Even(3)
except ValueError as err:
    print('ValueError:', err)


class Celsius(float):
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32


t = Celsius(21.5)
print(t, t.fahrenheit, round(t), t > 20, type(t + 1).__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 'x')
q = p.swap()
print(p, q, p.first, q.first, len(p), p == (1, 'x'), list(q), type(q).__name__)
a, b = p
print(a, b, p + (3,), p.count(1))


class Tag(str):
    def __init__(self, value):
        self.length = len(value)


tag = Tag('hello')
print(tag, tag.length, tag.title())
Even(5)
