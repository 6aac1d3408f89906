rows = [[1, 2], [3, 4]]
flat = [*row for row in rows]
print(flat)
