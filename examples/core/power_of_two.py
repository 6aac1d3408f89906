# Bit tricks: powers of two, lowest set bit, next power of two.

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def lowest_set_bit(n):
    return n & -n


def next_power_of_two(n):
    p = 1
    while p < n:
        p <<= 1
    return p


for n in [1, 6, 8, 12, 64, 100]:
    print(n, is_power_of_two(n), lowest_set_bit(n), next_power_of_two(n))
print(1 << 70, (1 << 70) >> 68)
print(0b1100 | 0b0011, 0b1100 ^ 0b1010, ~5, ~-1, 0xff & 0x0f)
