# Fundamental solutions of Pell's equation x^2 - n*y^2 = 1 via continued fractions (big ints).
from math import isqrt


def continued_fraction_sqrt(n):
    a0 = isqrt(n)
    if a0 * a0 == n:
        raise ValueError(f"{n} is a perfect square: x^2 - {n}y^2 = 1 has only the trivial solution")
    m, d, a = 0, 1, a0
    terms = [a0]
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        terms.append(a)
    return terms


def pell(n):
    terms = continued_fraction_sqrt(n)
    period = terms[1:]
    h_prev, h = 1, terms[0]
    k_prev, k = 0, 1
    i = 0
    while h * h - n * k * k != 1:
        a = period[i % len(period)]
        h_prev, h = h, a * h + h_prev
        k_prev, k = k, a * k + k_prev
        i += 1
    return h, k


for n in [2, 7, 13, 61]:
    x, y = pell(n)
    print(f"n={n:3d} x={x} y={y}")
    print("     digits:", len(str(x)), "bits:", x.bit_length(), "ones:", x.bit_count())

x, y = pell(109)
print("check:", x * x - 109 * y * y, divmod(x, y)[0], hex(y)[:12])
print("ratio:", (x / y), (x ** 2).as_integer_ratio()[1], pow(x, 3, 10 ** 9 + 7))
print("round:", round(x, -50) // 10 ** 50, round(-7 // 2), abs(-x) == x)
print(int.from_bytes(x.to_bytes((x.bit_length() + 7) // 8, "big"), "big") == x)
print(continued_fraction_sqrt(16))
