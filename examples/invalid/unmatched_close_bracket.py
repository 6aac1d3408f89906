grid = [[1, 2], [3, 4]]]
print(grid)
print(len(grid))
