# Transpose a matrix, and sum its rows and columns.

def transpose(m):
    result = []
    for j in range(len(m[0])):
        column = []
        for i in range(len(m)):
            column.append(m[i][j])
        result.append(column)
    return result


def row_sums(m):
    sums = []
    for row in m:
        total = 0
        for v in row:
            total += v
        sums.append(total)
    return sums


grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
t = transpose(grid)
for row in t:
    print(row)
print("row sums:", row_sums(grid))
print("column sums:", row_sums(t))
print(transpose(t) == grid)
