# functools.reduce, partial and total_ordering in a small money example.
import functools
import operator


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"


wallet = [Money(250), Money(1999), Money(5), Money(1000)]
print("total:", functools.reduce(operator.add, wallet))
print("sorted:", sorted(wallet))
print("max/min:", max(wallet), min(wallet))
print(Money(5) >= Money(4), Money(5) <= Money(4), Money(3) > Money(3))
product = functools.reduce(lambda a, b: a * b, range(1, 11), 1)
print("10! =", product)
to_int2 = functools.partial(int, base=2)
print("binary:", [to_int2(s) for s in ("101", "1111", "100000")])
power_of = functools.partial(pow, 2)
print("powers:", list(map(power_of, range(8))))
print(power_of.func, power_of.args, power_of.keywords)
print(functools.reduce(operator.add, []))
