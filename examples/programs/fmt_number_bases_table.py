# Tables of numbers in many bases and float presentations, with str methods for layout.
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


header = ["dec", "bin", "oct", "hex", "b3", "b36"]
print(" ".join(h.rjust(10) for h in header))
for n in (0, 5, 42, 255, 1000, -77, 2 ** 20):
    row = [str(n), bin(n), oct(n), hex(n), to_base(n, 3), to_base(n, 36)]
    print(" ".join(cell.rjust(10) for cell in row))
    assert int(to_base(n, 36), 36) == n
print(int("ff", 16), int("0b101", 0), int("z", 36), int("  -12_000 "), int("777", 8))

values = [0.1, 1 / 3, 2 / 3, 100.0, 1e-7, 123456789.125, -0.0, 2.5e16]
for v in values:
    print(f"{repr(v):>22} {str(v):>22} {v:>12.4g} {v:>14.3e}")
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e16 + 1, 2 ** 0.5)
print(float("1e400"), float("-inf"), float("nan") == float("nan"), 1e308 * 10)
print((0.1).as_integer_ratio(), (2.5).hex(), float.fromhex("0x1.8p1"), (7.0).is_integer())
print(divmod(-7, 2), -7 // 2, -7 % 2, divmod(7.5, 2), 7 % -3, round(-2.5), round(3.5))
print("|".join(s.center(7, ".") for s in ("a", "bb", "ccc")), "42".zfill(5), "-42".zfill(5))
words = ["alpha", "beta", "gamma", "delta"]
width = max(map(len, words)) + 2
for i, w in enumerate(words):
    print(f"{i:>3}. {w.ljust(width, '.')}{len(w):>3}")
print(to_base("10", 2))
