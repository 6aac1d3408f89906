# Exact probabilities with fractions: dice sums, a card draw and expected values.
from fractions import Fraction
from itertools import product

faces = range(1, 7)
sums = {}
for a, b in product(faces, faces):
    sums[a + b] = sums.get(a + b, 0) + 1
dist = {s: Fraction(n, 36) for s, n in sorted(sums.items())}
for s, p in dist.items():
    print(f"P(sum={s:2}) = {str(p):>5} = {float(p):.4f}")
print("total", sum(dist.values()), "expected", sum(s * p for s, p in dist.items()))
print("P(doubles) =", Fraction(6, 36), "P(sum >= 10) =", sum(p for s, p in dist.items() if s >= 10))

hearts = Fraction(13, 52)
two_hearts = hearts * Fraction(12, 51)
print("two hearts:", two_hearts, "at least one of two:", 1 - Fraction(39, 52) * Fraction(38, 51))
variance = sum((s - 7) ** 2 * p for s, p in dist.items())
print("variance", variance, "as mixed", variance.numerator // variance.denominator, variance % 1)
odds = two_hearts / (1 - two_hearts)
print("odds", odds, odds.limit_denominator(10), round(odds, 3), odds.as_integer_ratio())
print(Fraction(1, 3) + 0.5, Fraction(5, 2) > 2, Fraction(7, 4) // Fraction(1, 3), -Fraction(3, 9))
print(Fraction("3/0"))
