# Factorials grow past 64 bits quickly; Python ints have no limit.

def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def factorial_recursive(n):
    if n <= 1:
        return 1
    return n * factorial_recursive(n - 1)


def count_trailing_zeros(n):
    zeros = 0
    while n % 10 == 0:
        zeros += 1
        n //= 10
    return zeros


for n in [5, 20, 21, 30]:
    f = factorial(n)
    print(str(n) + "! =", f)
big = factorial_recursive(40)
print("40! has", len(str(big)), "digits and", count_trailing_zeros(big), "trailing zeros")
print(big == factorial(40), big > 2 ** 128)
