# Integer square roots with Newton's method, exact for huge ints.
# Start from a power of two at or above the root, then descend.

def isqrt(n):
    if n < 2:
        return n
    x = 1
    while x * x < n:
        x <<= 4
    y = (x + n // x) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def is_square(n):
    r = isqrt(n)
    return r * r == n


for n in [0, 1, 15, 16, 17, 99, 100, 111111111 ** 2, 10 ** 40]:
    print(n, isqrt(n), is_square(n))
