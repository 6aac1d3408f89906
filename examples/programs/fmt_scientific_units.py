# Measurements printed in engineering notation with SI prefixes and significant figures.

PREFIXES = {-12: "p", -9: "n", -6: "\u00b5", -3: "m", 0: "", 3: "k", 6: "M", 9: "G"}


def engineering(value, unit, digits=3):
    if value == 0:
        return f"{0:.{digits - 1}f} {unit}"
    exponent = 0
    magnitude = abs(value)
    while magnitude >= 1000 and exponent < 9:
        magnitude /= 1000
        exponent += 3
    while magnitude < 1 and exponent > -12:
        magnitude *= 1000
        exponent -= 3
    sign = "-" if value < 0 else ""
    return f"{sign}{magnitude:#.{digits}g} {PREFIXES[exponent]}{unit}"


READINGS = [
    ("capacitor", 4.7e-9, "F"),
    ("resistor", 47000.0, "\u03a9"),
    ("current", -0.00235, "A"),
    ("frequency", 2.4e9, "Hz"),
    ("wavelength", 0.000000532, "m"),
    ("offset", 0.0, "V"),
]


def main():
    for name, value, unit in READINGS:
        print(f"{name:<11}{engineering(value, unit):>12} | {value:>12.4e} | {value:>10.3g} | {value!r}")
    print()
    temps = [-0.0001, -0.0, 0.0004, 21.456, -5.55]
    print("plain :", " ".join(f"{t:.1f}" for t in temps))
    print("z flag:", " ".join(f"{t:z.1f}" for t in temps))
    print("signs :", " ".join(f"{t:+.2f}" for t in temps), "|", " ".join(f"{t: .2f}" for t in temps))
    ratios = [0.1234, 0.5, 1.0, 0.00049]
    print("ratios:", ", ".join(f"{r:.1%}" for r in ratios))
    print("inf and nan:", f"{float('inf'):>8.2f}|{float('-inf'):<8}|{float('nan'):^8.3e}|{float('nan'):08.2f}")
    print("g rules:", [format(x, "g") for x in (1e-5, 1e-4, 123456.0, 1234567.0, 0.0)])
    print("no type:", [format(x, ".3") for x in (3.0, 100.0, 0.00012345, 12345.678)])
    print("repr-like:", [format(x, "") for x in (1e16, 1e15, 0.1 + 0.2, 2.5e-5)])
    print("complex:", f"{3 - 4j:.2f}", f"{2.5j:>10}", f"{complex(1, 1e20):g}")
    count = len(READINGS)
    print(f"{count:d} readings, mean magnitude {sum(abs(v) for _, v, _ in READINGS) / count:.3g}")
    print(f"as integer: {sum(abs(v) for _, v, _ in READINGS):d}")


main()
