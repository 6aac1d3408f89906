# Geometry helpers built on the math module: distances, areas, angles.
import math


def distance(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])


def triangle_area(a, b, c):
    # Heron's formula from the three side lengths
    s = (a + b + c) / 2
    return math.sqrt(s * (s - a) * (s - b) * (s - c))


def angle_deg(p, q):
    return math.degrees(math.atan2(q[1] - p[1], q[0] - p[0]))


points = [(0, 0), (3, 0), (3, 4), (-1, 2)]
for i in range(len(points)):
    p, q = points[i], points[(i + 1) % len(points)]
    print(f"{p} -> {q}: dist={distance(p, q):.4f} angle={angle_deg(p, q):+.2f}")

a, b, c = distance(points[0], points[1]), distance(points[1], points[2]), distance(points[2], points[0])
print("sides", a, b, c)
print("area", triangle_area(a, b, c))
print("circle area r=2.5:", round(math.pi * 2.5 ** 2, 6))
print("floor/ceil", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print("gcd/lcm", math.gcd(84, 36), math.lcm(4, 6, 10))
print("isclose", math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print("comb/perm", math.comb(10, 3), math.perm(5, 2), math.factorial(12))
print("inf/nan", math.inf > 1e308, math.isnan(float("nan")), math.copysign(3, -0.0))
print(math.sqrt(-1))
