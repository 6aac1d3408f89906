# Classify numbers as perfect, abundant or deficient by their divisor sums.

def divisor_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


def kind(n):
    s = divisor_sum(n)
    if s == n:
        return "perfect"
    elif s > n:
        return "abundant"
    return "deficient"


for n in [6, 12, 28, 35, 496, 18]:
    print(n, divisor_sum(n), kind(n))
