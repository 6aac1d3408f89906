# Very large numbers as strings: base conversion, Luhn checksums and digit manipulation.
def luhn_ok(number):
    digits = [int(d) for d in str(number)][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, sym in table:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_digits(digits, base):
    n = 0
    for d in digits:
        n = n * base + d
    return n


cards = [4539578763621486, 4111111111111111, 1234567812345678, 79927398713]
print([(c, luhn_ok(c)) for c in cards])
huge = int("9" * 60)
print(huge + 1, len(str(huge * huge)), str(huge * huge)[:10], str(huge * huge)[-10:])
print(from_digits([1, 0, 1, 1] * 20, 2), from_digits([35] * 10, 36) == 36 ** 10 - 1)
print(int("1" * 100, 2) == 2 ** 100 - 1, int("zz" * 12, 36) % 1000)
print([to_roman(n) for n in (4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
factorial_digits = 1
for k in range(1, 101):
    factorial_digits *= k
print(sum(int(c) for c in str(factorial_digits)), len(str(factorial_digits)), str(factorial_digits).count("0"))
trailing = len(str(factorial_digits)) - len(str(factorial_digits).rstrip("0"))
print("trailing zeros of 100!:", trailing, sum(100 // 5 ** i for i in range(1, 4)))
palindromes = [n for n in range(10 ** 6 + 1, 10 ** 6 + 2002, 100) if str(n * n) == str(n * n)[::-1]]
print(palindromes)
print(int("12 34"))
