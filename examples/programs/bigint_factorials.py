# Big integers: factorials, digit sums and exact powers far beyond 64 bits.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


f50 = factorial(50)
print(f50)
print("digits:", len(str(f50)), "digit sum:", sum(map(int, str(f50))))
print("trailing zeros:", len(str(f50)) - len(str(f50).rstrip("0")))
p = 2 ** 200
print(p, p.bit_length(), hex(p)[:12], p % 1_000_007)
print(3 ** 100 // 7 ** 30, 3 ** 100 % 7 ** 30, divmod(-(10 ** 30), 7))
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(12345, -1, 1_000_003))
m = 2 ** 127 - 1
print(m, pow(2, m - 1, m) == 1)
print(int("9" * 40) + 1, -(2 ** 100) >> 3, (2 ** 100) & (2 ** 99 + 12345), ~(2 ** 70))
print(f"{2 ** 64:,}", f"{2 ** 80:_x}", (10 ** 25).to_bytes(11, "big").hex())
print(int.from_bytes(b"\xff" * 12, "little"), (-255).to_bytes(2, "big", signed=True))
print(float(10 ** 308), 10 ** 400 > 1e308)
print(float(10 ** 400))
