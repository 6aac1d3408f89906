"""Render a small Julia set as ASCII art and measure escape statistics."""
import cmath

WIDTH, HEIGHT = 14, 6
MAX_ITER = 8
C = complex(-0.8, 0.156)
SHADES = " .:-=+*#%@"


def escape_time(z, c, limit):
    """Iterate z -> z**2 + c; return the step at which |z| leaves the disc of radius 2."""
    for step in range(limit):
        if abs(z) > 2.0:
            return step
        z = z * z + c
    return limit


def grid_point(col, row):
    re = -1.6 + 3.2 * col / (WIDTH - 1)
    im = 1.0 - 2.0 * row / (HEIGHT - 1)
    return complex(re, im)


def render(c):
    lines = []
    counts = {}
    for row in range(HEIGHT):
        chars = []
        for col in range(WIDTH):
            n = escape_time(grid_point(col, row), c, MAX_ITER)
            counts[n] = counts.get(n, 0) + 1
            chars.append(SHADES[min(n * len(SHADES) // (MAX_ITER + 1), len(SHADES) - 1)])
        lines.append("".join(chars))
    return lines, counts


lines, counts = render(C)
for line in lines:
    print("|" + line + "|")

inside = counts.get(MAX_ITER, 0)
print("points inside:", inside, "of", WIDTH * HEIGHT)
print("most common escape step:", max(counts, key=lambda k: (counts[k], -k)))

# The fixed points of z**2 + c are the roots of z**2 - z + c = 0.
disc = cmath.sqrt(1 - 4 * C)
fixed = [(1 + disc) / 2, (1 - disc) / 2]
for z in fixed:
    multiplier = abs(2 * z)
    kind = "repelling" if multiplier > 1 else "attracting"
    print(f"fixed point {z.real:+.6f}{z.imag:+.6f}j multiplier {multiplier:.6f} ({kind})")

# Polar view of the parameter.
r, phi = cmath.polar(C)
print("c in polar form: r=%.6f phi=%.6f" % (r, phi))
print("back again:", cmath.rect(r, phi))
print("isclose:", cmath.isclose(cmath.rect(r, phi), C, rel_tol=1e-12))
