# A small trigonometry table and a numeric integration with math functions.
import math

print(f"{'deg':>5} {'sin':>10} {'cos':>10} {'tan':>12}")
for deg in range(0, 181, 30):
    r = math.radians(deg)
    t = math.tan(r) if deg != 90 else float("inf")
    print(f"{deg:>5} {math.sin(r):>10.5f} {math.cos(r):>10.5f} {t:>12.4g}")


def integrate(f, a, b, n=40):
    # Simpson's rule
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        total += (4 if i % 2 else 2) * f(a + i * h)
    return total * h / 3


print("int sin 0..pi =", round(integrate(math.sin, 0, math.pi), 8))
print("int x^2 0..3 =", round(integrate(lambda x: x * x, 0, 3), 8))
print("asin(0.5) deg =", math.degrees(math.asin(0.5)))
print("atan2 quadrants", [round(math.atan2(y, x), 3) for x, y in ((1, 1), (-1, 1), (-1, -1), (1, -1))])
print("cosh/sinh", math.cosh(1.0), math.sinh(1.0), math.tanh(0.5))
print("dist", math.dist((1, 2, 3), (4, 6, 3)))
print("modf/frexp", math.modf(3.75), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.log(0))
