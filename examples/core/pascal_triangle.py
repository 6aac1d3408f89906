# Rows of Pascal's triangle, each built from the row above.

def next_row(row):
    new = [1]
    for i in range(len(row) - 1):
        new.append(row[i] + row[i + 1])
    new.append(1)
    return new


row = [1]
for n in range(8):
    total = 0
    for v in row:
        total += v
    print(row, "sum", total, "== 2 **", n, total == 2 ** n)
    row = next_row(row)
