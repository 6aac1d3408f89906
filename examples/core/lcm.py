# Least common multiple of several numbers via the gcd.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


def lcm_of(values):
    result = 1
    for v in values:
        result = lcm(result, v)
    return result


print(lcm(4, 6), lcm(21, 6), lcm(7, 13))
print("lcm 1..10:", lcm_of([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print("lcm 1..20:", lcm_of(range(1, 21)))
