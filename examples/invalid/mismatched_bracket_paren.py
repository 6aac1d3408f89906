matrix = [[1, 2], [3, 4)]
print(matrix)
print(len(matrix))
