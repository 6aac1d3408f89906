def distance((x, y)):
    return (x * x + y * y) ** 0.5

print(distance((3, 4)))
