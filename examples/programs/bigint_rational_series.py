# Exact arithmetic with big integers and fractions: e, harmonic numbers and Bernoulli numbers.
from fractions import Fraction
from math import factorial


def e_digits(n):
    total = sum(Fraction(1, factorial(k)) for k in range(n + 10))
    scaled = total.numerator * 10 ** n // total.denominator
    s = str(scaled)
    return s[0] + "." + s[1:]


def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))


def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]


print(e_digits(40))
h = harmonic(20)
print(h, float(h), h.denominator.bit_length())
print([str(bernoulli(n)) for n in range(0, 13, 2)])
f = Fraction(355, 113)
print(f, float(f), f - Fraction(22, 7), Fraction("3.14159"), Fraction(0.25), Fraction(1, 3) ** 5)
print(Fraction(7, 3).limit_denominator(2), round(Fraction(7, 2)), Fraction(-7, 3) // 1, abs(Fraction(-1, 9)))
print(sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1]), Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
cf = []
x = Fraction(415, 93)
while True:
    whole = x.numerator // x.denominator
    cf.append(whole)
    x -= whole
    if x == 0:
        break
    x = 1 / x
print("continued fraction of 415/93:", cf)
catalan = [factorial(2 * n) // (factorial(n + 1) * factorial(n)) for n in range(0, 30, 5)]
print(catalan)
print(Fraction(1, 0))
