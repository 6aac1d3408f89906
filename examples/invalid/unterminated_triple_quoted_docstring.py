def area(r):
    """Return the area of a circle.

    r is the radius.
    return 3.14159 * r * r

print(area(2))
