# A 4x4 sudoku solver and an N-queens counter using recursive backtracking.
def solve(grid):
    for r in range(4):
        for c in range(4):
            if grid[r][c] == 0:
                for v in range(1, 5):
                    if ok(grid, r, c, v):
                        grid[r][c] = v
                        if solve(grid):
                            return True
                        grid[r][c] = 0
                return False
    return True


def ok(grid, r, c, v):
    if v in grid[r] or any(grid[i][c] == v for i in range(4)):
        return False
    br, bc = r - r % 2, c - c % 2
    return all(grid[i][j] != v for i in range(br, br + 2) for j in range(bc, bc + 2))


def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if c not in cols and row - c not in diag1 and row + c not in diag2:
            total += queens(n, row + 1, cols + (c,), diag1 + (row - c,), diag2 + (row + c,))
    return total


puzzle = [
    [1, 0, 2, 0],
    [0, 2, 3, 0],
    [2, 4, 0, 0],
    [0, 0, 4, 2],
]
print(solve(puzzle))
for row in puzzle:
    print(" ".join(map(str, row)))
print([queens(n) for n in range(1, 5)])
bad = [
    [1, 2, 3, 0],
    [3, 4, 1, 2],
    [2, 1, 4, 3],
    [4, 3, 2, 1],
]
print(solve(bad), bad[0])
broken = [[1, 2, 3], [0]]
solve(broken)
