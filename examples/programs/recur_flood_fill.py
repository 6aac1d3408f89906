# Recursive flood fill counting islands on a small map.
GRID = [
    "11000110",
    "11000100",
    "00100001",
    "00011011",
    "10000000",
]
grid = [list(row) for row in GRID]
ROWS, COLS = len(grid), len(grid[0])


def fill(r, c, mark):
    if not (0 <= r < ROWS and 0 <= c < COLS) or grid[r][c] != "1":
        return 0
    grid[r][c] = mark
    return 1 + fill(r + 1, c, mark) + fill(r - 1, c, mark) + fill(r, c + 1, mark) + fill(r, c - 1, mark)


sizes = []
mark = "a"
for r in range(ROWS):
    for c in range(COLS):
        if grid[r][c] == "1":
            sizes.append(fill(r, c, mark))
            mark = chr(ord(mark) + 1)
print("islands:", len(sizes), "sizes:", sizes)
print("\n".join("".join(row) for row in grid))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(1, n) for n in range(4)], ackermann(2, 2))
