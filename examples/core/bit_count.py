# Count set bits three ways and build a binary string by hand.

def popcount_shift(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count


def popcount_kernighan(n):
    count = 0
    while n != 0:
        n &= n - 1
        count += 1
    return count


def to_binary(n):
    if n == 0:
        return "0"
    digits = ""
    while n > 0:
        digits = str(n % 2) + digits
        n = n // 2
    return digits


for n in [0, 5, 255, 1023, 4096]:
    b = to_binary(n)
    ones = 0
    for ch in b:
        if ch == "1":
            ones += 1
    print(n, b, popcount_shift(n), popcount_kernighan(n), ones)
