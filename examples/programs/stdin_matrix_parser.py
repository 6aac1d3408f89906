# Reads a matrix in the usual contest format: a line "rows cols", then the rows. The sample
# input (used when stdin is empty) has a short row, which the parser rejects with ValueError.
import io
import sys

SAMPLE = "3 4\n1 2 3 4\n5 6 7 8\n9 10 11\n"


def read_matrix(stream):
    rows, cols = map(int, stream.readline().split())
    matrix = []
    for r in range(rows):
        values = [int(x) for x in stream.readline().split()]
        if len(values) != cols:
            raise ValueError(f"row {r + 1} has {len(values)} values, expected {cols}")
        matrix.append(values)
    return matrix


def transpose(m):
    return [list(col) for col in zip(*m)]


def show(m, title):
    print(title)
    for row in m:
        print("  " + " ".join(f"{v:3d}" for v in row))


stream = sys.stdin
if not stream.read():
    stream = io.StringIO("2 3\n1 2 3\n4 5 6\n")
m = read_matrix(stream)
show(m, "matrix:")
show(transpose(m), "transposed:")
print("row sums:", [sum(r) for r in m], "col sums:", [sum(c) for c in transpose(m)])
print("trailing input:", repr(stream.read()))

broken = read_matrix(io.StringIO(SAMPLE))
show(broken, "never shown")
