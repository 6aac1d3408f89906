# Egyptian fractions and exact arithmetic with fractions.Fraction.
from fractions import Fraction
import math


def egyptian(f):
    parts = []
    while f.numerator != 0:
        d = math.ceil(f.denominator / f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts


for f in (Fraction(4, 13), Fraction(5, 6), Fraction(7, 15), Fraction(3, 7)):
    parts = egyptian(f)
    print(f, "=", " + ".join(str(p) for p in parts), sum(parts) == f)
h = sum(Fraction(1, n) for n in range(1, 11))
print("H10 =", h, float(h))
print(Fraction("3.1415"), Fraction(0.5), Fraction(1, 3) + Fraction(1, 6), Fraction(2, 4))
print(Fraction(355, 113).limit_denominator(10), Fraction(3.14159).limit_denominator(1000))
print(Fraction(1, 3) ** 2, Fraction(-7, 3) // 1, Fraction(-7, 3) % 1, round(Fraction(7, 2)))
print(repr(Fraction(6, -4)), Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5)
print(Fraction(1, 0))
