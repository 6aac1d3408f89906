# Multiply two matrices stored as lists of rows.

def zeros(rows, cols):
    m = []
    for i in range(rows):
        row = []
        for j in range(cols):
            row.append(0)
        m.append(row)
    return m


def multiply(a, b):
    rows = len(a)
    inner = len(b)
    cols = len(b[0])
    c = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            c[i][j] = total
    return c


def show(m):
    for row in m:
        print(row)


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(multiply(a, b))
