# Digit sums and digital roots, using // and % and also str().

def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def digit_sum_text(n):
    total = 0
    for ch in str(n):
        total += int(ch)
    return total


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


for n in [0, 7, 38, 1234, 99999, 2 ** 64]:
    print(n, digit_sum(n), digit_sum_text(n), digital_root(n))
