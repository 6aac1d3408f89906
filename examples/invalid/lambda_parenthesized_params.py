points = [(1, 2), (3, 1)]
points.sort(key=lambda (x, y): y)
print(points)
