# Celsius to Fahrenheit conversion table with floats.

def to_fahrenheit(c):
    return c * 9 / 5 + 32


def to_celsius(f):
    return (f - 32) * 5 / 9


celsius = -10.0
while celsius <= 40.0:
    f = to_fahrenheit(celsius)
    print(celsius, "C =", f, "F")
    celsius += 12.5
print(to_celsius(98.6))
print(to_celsius(to_fahrenheit(37)))
print(float("2.5e3"), float(3), int(-2.9), abs(-0.5), 1e20 * 1e10, 2.0 ** 0.5)
