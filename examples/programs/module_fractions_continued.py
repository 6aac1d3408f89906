# Continued fractions: expansions and convergents computed exactly.
from fractions import Fraction


def expand(x, terms=8):
    out = []
    for _ in range(terms):
        a = x.numerator // x.denominator
        out.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return out


def convergents(cf):
    result = []
    for i in range(1, len(cf) + 1):
        v = Fraction(cf[i - 1])
        for a in reversed(cf[:i - 1]):
            v = a + 1 / v
        result.append(v)
    return result


for x in (Fraction(415, 93), Fraction(649, 200), Fraction(1393, 985)):
    cf = expand(x)
    print(x, cf, [str(c) for c in convergents(cf)])
sqrt2 = Fraction(1)
for _ in range(6):
    sqrt2 = 1 + 1 / (1 + sqrt2)
print("sqrt(2) ~", sqrt2, float(sqrt2))
print(Fraction(1, 7) * 7 == 1, Fraction(22, 7) - Fraction(355, 113))
print(expand(Fraction(5, 1)), expand(Fraction(-3, 2)))
