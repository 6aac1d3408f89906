# The math module's integer functions: factorial, comb, perm, gcd, lcm, isqrt, prod.
import math
from math import factorial, comb, perm, gcd, lcm, isqrt, prod

for n in [0, 1, 5, 10, 20, 25]:
    print(n, factorial(n))
print(len(str(factorial(500))), factorial(100) % 1000007)
print([comb(10, k) for k in range(11)])
print(comb(100, 50), comb(5, 7), comb(0, 0))
print([perm(6, k) for k in range(7)], perm(5), perm(3, 5))
print(gcd(12, 18), gcd(0, 0), gcd(-4, 6), gcd(), gcd(12, 18, 27), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(), lcm(3, 0), lcm(2, 3, 4, 5), lcm(-4, 6))
print(isqrt(0), isqrt(15), isqrt(16), isqrt(10 ** 40), isqrt(2 ** 127 - 1))
print(prod([1, 2, 3, 4]), prod([]), prod(range(1, 11)), prod([0.5, 4]), prod([2, 3], start=10))
print(prod(["ab", 3]))

def pythagorean(limit):
    found = []
    for a in range(1, limit):
        for b in range(a, limit):
            c = isqrt(a * a + b * b)
            if c * c == a * a + b * b and c < limit:
                found.append((a, b, c))
    return found

print(pythagorean(30))
catalan = [comb(2 * n, n) // (n + 1) for n in range(15)]
print(catalan)

def attempt(f, *args):
    try:
        print(f.__name__, args, "->", f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, args, "raised", type(e).__name__, e)

attempt(factorial, -1)
attempt(factorial, 5.0)
attempt(comb, -1, 2)
attempt(comb, 5, -2)
attempt(perm, -3)
attempt(isqrt, -9)
attempt(gcd, 2.5, 5)
attempt(comb, "5", 2)
