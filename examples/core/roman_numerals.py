# Convert integers to Roman numerals and back.

VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
SINGLE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = ""
    for i in range(len(VALUES)):
        while n >= VALUES[i]:
            out += SYMBOLS[i]
            n -= VALUES[i]
    return out


def from_roman(text):
    total = 0
    for i in range(len(text)):
        value = SINGLE[text[i]]
        if i + 1 < len(text) and SINGLE[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


for n in [4, 9, 14, 40, 1994, 2024]:
    r = to_roman(n)
    print(n, r, from_roman(r))
