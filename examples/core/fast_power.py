# Exponentiation by squaring, plain and modular.

def power(base, exp):
    result = 1
    while exp > 0:
        if exp & 1:
            result *= base
        base *= base
        exp >>= 1
    return result


def power_mod(base, exp, mod):
    result = 1
    base = base % mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp = exp // 2
    return result


print(power(3, 13), 3 ** 13)
print(power(2, 100) == 2 ** 100)
print(power_mod(7, 128, 13), 7 ** 128 % 13)
print(power_mod(2, 1000, 1000007))
print(power(-2, 5), power(1.5, 3))
