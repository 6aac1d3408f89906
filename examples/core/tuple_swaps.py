# Tuple packing and unpacking: swaps, rotations and multiple returns.

def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def divmod_by_hand(a, b):
    return a // b, a % b


a, b = 1, 2
print("before:", a, b)
a, b = b, a
print("after:", a, b)
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print("rotated:", x, y, z)
lo, hi = min_max([4, -2, 9, 0, 7])
print("min/max:", lo, hi)
q, r = divmod_by_hand(47, 5)
print("47 = 5 *", q, "+", r)
point = (3, 4)
px, py = point
print("distance squared:", px * px + py * py, point)
(first, second), third = (1, 2), 3
print(first, second, third)
