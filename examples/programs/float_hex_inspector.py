# Inspect floats exactly: hex form, integer ratios and round-trips through float.fromhex.
samples = [0.1, 0.5, 1 / 3, 2.0 ** 60, -1e-310, 123.456, float("inf"), -0.0]


def describe(x):
    text = x.hex()
    if x != x or x in (float("inf"), float("-inf")):
        return text, None
    num, den = x.as_integer_ratio()
    return text, (num, den)


for x in samples:
    text, ratio = describe(x)
    back = float.fromhex(text)
    print(f"{x!r:>24} {text:>26} exact={back == x or back != back}")
    if ratio:
        num, den = ratio
        print(" " * 25, "ratio bits:", num.bit_length(), den.bit_length(), "integer:", x.is_integer())

total = sum([0.1] * 10)
print(total, total.hex(), (1.0).hex(), total == 1.0, (1.0 - total).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.8p-2"), float.fromhex("  0x10  "), float.fromhex("inf"))
print((2.5).__round__(), (3.5).__round__(), (7.25).__floor__(), (-7.25).__ceil__(), (9.99).__trunc__())
print(float.__add__(1.5, 2), float.__mul__(2.0, 3), float.__radd__(1.0, 2), int.__mul__(4, 1.5))
print((10 ** 30).to_bytes(13, "big").hex(), float(2 ** 1023 * 2 - 1 // 1 - 2 ** 970))
print(float.fromhex("0x1p1024"))
