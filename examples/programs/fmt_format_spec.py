# The format-spec mini-language: fill, align, sign, width, grouping, precision, type.
values = [0, 7, -42, 1234567, 3.14159, -0.5, 1e-7, 2.5e10, float("inf"), float("nan")]
for v in values:
    print(f"{v!r:>12} | {v:<10} | {v:^+12} | {v:=+12,} | {v:e} | {v:.3g}")
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:c} {n:d} {n:n}")
print(f"{n:08b} {n:_x} {1234567890:_} {1234567890:,} {-n:#010x}")
for spec in ("*^15", "->15", "0<15", "#>15.3f", " 15.2%", "+.2e", ".0f", "015.4f"):
    print(f"{spec:>8}: [{format(2 / 3, spec)}]")
print(format("text", "~^12"), format("truncate me", ".5"), format("left", "<8") + "|")
print(format(True, "d"), format(True, "^6"), format(None, ""), format(3, ".2f"))
print("{:{fill}{align}{width}}".format("nested", fill="*", align="^", width=14))
print(f"{12.5:.1f} {13.5:.0f} {0.125:.2f} {2.675:.2f} {1e16:.0f} {123.456:10.1e}")
print(f"{-0.0:+} {0.0:-} {1.0:g} {1e-5:g} {100000.0:g} {1e20:g} {3.0:%}")


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        # a custom type: the spec's last letter picks the scale, the rest is a float spec
        scale = spec[-1:] if spec[-1:] in ("C", "F") else "C"
        num = spec[:-1] if spec[-1:] in ("C", "F") else spec
        value = self.celsius if scale == "C" else self.celsius * 9 / 5 + 32
        return format(value, num or ".1f") + "\u00b0" + scale


t = Temperature(21.5)
print(f"{t} {t:F} {t:>8.2C} {t:.0F}", "{0:C}|{0:6.1F}".format(t))
print(format(10, "s"))
