# A recursive descent that forgets its base case hits the recursion limit.
def sum_digits(n):
    return n if n < 10 else sum_digits(n // 10) + n % 10


def digital_root(n):
    return n if n < 10 else digital_root(sum_digits(n))


print([digital_root(n) for n in (0, 9, 38, 12345, 999999999)])


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(17, 5))


def binary(n):
    return "" if n == 0 else binary(n // 2) + str(n % 2)


print([binary(n) for n in (1, 2, 5, 10, 255)])


def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 2)


import sys

sys.setrecursionlimit(60)
print(countdown(6))
print(countdown(5))
