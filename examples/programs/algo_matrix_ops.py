# Matrices as lists of lists: multiply, transpose, determinant, inverse with fractions, and powers.
from fractions import Fraction


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shapes {len(a)}x{len(a[0])} and {len(b)}x{len(b[0])} do not align")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(row) for row in zip(*m)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if aug[r][col] != 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def mpow(m, k):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result


def show(m):
    return "\n".join(" ".join(f"{str(x):>6}" for x in row) for row in m)


a = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
b = [[1, 2], [0, 1], [5, -1]]
print(show(matmul(a, b)))
print(transpose(b), det(a), det([[1, 2], [2, 4]]))
inv = inverse(a)
print(show(inv))
print(matmul(a, inv) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
print(mpow([[1, 1], [1, 0]], 30)[0][1], mpow([[2, 0], [0, 3]], 5))
print(inverse([[1, 2], [2, 4]]))
