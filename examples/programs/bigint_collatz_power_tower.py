# Big integers: powers, modular exponentiation, digit sums and integer square roots.
import math

big = 2 ** 200
print(big)
print(len(str(big)), sum(map(int, str(big))), big.bit_length(), big % 97)
print(3 ** 100 // 7 ** 30, -(3 ** 50) // 1000, divmod(10 ** 40 + 7, 10 ** 20 + 3))
print(pow(7, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 13), pow(3, 200, 1000))
print(math.isqrt(10 ** 50), math.isqrt(2 * 10 ** 60), math.gcd(2 ** 100, 6 ** 50))
print(math.comb(100, 50), math.perm(30, 10))
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print("collatz 27:", steps, peak)
x = 1
for i in range(1, 40):
    x = x * i + 1
print(x, x.bit_length(), hex(x)[:20], x.to_bytes(25, "big")[:6])
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"), (-255).to_bytes(2, "big", signed=True))
mersenne = [p for p in (2, 3, 5, 7, 11, 13, 17, 19, 31) if pow(2, 2 ** p - 1 - 1, 2 ** p - 1) == 1]
print(mersenne, 2 ** 31 - 1)
print(f"{2 ** 64:,}", f"{-(10 ** 30):e}", 10 ** 30 / 3, 10 ** 30 // 3, float(2 ** 1000) > 1e300)
print((2 ** 100).__sizeof__() > 0, (12345678901234567890).bit_count(), abs(-(2 ** 70)))
print(~(2 ** 70), (2 ** 70) >> 65, 1 << 100, (2 ** 70) & (2 ** 69 + 5), (2 ** 70) ^ 1)
print(float(10 ** 400))
