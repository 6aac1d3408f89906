# Convert integers to any base from 2 to 16, and back with int().

DIGITS = "0123456789abcdef"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        out = DIGITS[n % base] + out
        n //= base
    return sign + out


for n in [0, 10, 255, -42, 2 ** 40]:
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16))
print(int("ff", 16), int("777", 8), int("101", 2), int(to_base(12345, 7), 7))
