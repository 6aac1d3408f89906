# ASCII Mandelbrot set with complex numbers and cmath helpers.
import cmath

WIDTH, HEIGHT, LIMIT = 12, 5, 6


def escape(c):
    z = 0j
    for i in range(LIMIT):
        z = z * z + c
        if abs(z) > 2:
            return i
    return LIMIT


rows = []
for y in range(HEIGHT):
    line = ""
    for x in range(WIDTH):
        c = complex(-2.1 + x * 2.8 / WIDTH, -1.1 + y * 2.2 / HEIGHT)
        n = escape(c)
        line += " .:-=+*#%@"[min(n, 9)] if n < LIMIT else "@"
    rows.append(line)
print("\n".join(rows))
inside = sum(r.count("@") for r in rows)
print("cells at the limit:", inside)
w = cmath.rect(1, cmath.pi / 3)
print("sixth root of unity cubed:", w ** 3)
print("acos(2) =", cmath.acos(2))
