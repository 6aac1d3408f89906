# Shortest paths through a maze with breadth-first search on a deque.
from collections import deque

MAZE = [
    "S.#...",
    ".##.#.",
    "....#E",
    ".#.##.",
]


class NoPath(Exception):
    pass


def find(grid, ch):
    for r, row in enumerate(grid):
        c = row.find(ch)
        if c >= 0:
            return r, c
    raise ValueError(f"{ch!r} not in maze")


def neighbours(grid, r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, goal):
    queue = deque([start])
    came_from = {start: None}
    visited_order = 0
    while queue:
        cell = queue.popleft()
        visited_order += 1
        if cell == goal:
            break
        for nxt in neighbours(grid, *cell):
            if nxt not in came_from:
                came_from[nxt] = cell
                queue.append(nxt)
    else:
        raise NoPath(f"no path from {start} to {goal} after {visited_order} cells")
    path = deque()
    while cell is not None:
        path.appendleft(cell)
        cell = came_from[cell]
    return path


def draw(grid, path):
    rows = [list(row) for row in grid]
    for r, c in list(path)[1:-1]:
        rows[r][c] = "*"
    for row in rows:
        print("".join(row))


start, goal = find(MAZE, "S"), find(MAZE, "E")
path = bfs(MAZE, start, goal)
print("steps:", len(path) - 1)
draw(MAZE, path)

recent = deque(maxlen=4)
for cell in path:
    recent.append(cell)
print("last cells:", recent)
recent.rotate(2)
print("rotated:", recent, "maxlen", recent.maxlen)

walled = list(MAZE)
walled[1] = ".##.##"
walled[3] = ".#.###"
print(bfs(walled, start, find(walled, "E")))
