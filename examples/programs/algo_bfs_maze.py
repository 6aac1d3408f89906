# Breadth-first search through a text maze, printing the shortest path drawn on the grid.
MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#......#E#
##########"""


def neighbours(grid, r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if grid[nr][nc] != "#":
            yield nr, nc


def find(grid, ch):
    for r, row in enumerate(grid):
        if ch in row:
            return r, row.index(ch)
    raise ValueError(f"no {ch!r} in maze")


def bfs(grid):
    start, goal = find(grid, "S"), find(grid, "E")
    came_from = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for cell in frontier:
            if cell == goal:
                path = []
                while cell:
                    path.append(cell)
                    cell = came_from[cell]
                return path[::-1]
            for n in neighbours(grid, *cell):
                if n not in came_from:
                    came_from[n] = cell
                    nxt.append(n)
        frontier = nxt
    return None


grid = [list(row) for row in MAZE.splitlines()]
path = bfs(grid)
print("steps:", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
blocked = [list(row) for row in "#####\n#S#E#\n#####".splitlines()]
print(bfs(blocked))
print(find(blocked, "X"))
