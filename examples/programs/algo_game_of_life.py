# Conway's Game of Life on a small wrapping board: a glider and a blinker over several generations.
def step(live, width, height):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    cell = ((r + dr) % height, (c + dc) % width)
                    counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live, width, height):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(width)) for r in range(height))


def parse(picture):
    return {(r, c) for r, line in enumerate(picture.splitlines()) for c, ch in enumerate(line) if ch == "#"}


board = parse(".#....\n..#...\n###...\n......\n......")
W, H = 6, 5
seen = {}
for gen in range(3):
    print(f"generation {gen} ({len(board)} alive)")
    print(show(board, W, H))
    key = frozenset(board)
    if key in seen:
        print("repeats generation", seen[key])
    seen[key] = gen
    board = step(board, W, H)
blinker = parse(".#.\n.#.\n.#.")
print(sorted(step(blinker, 5, 5)))
print(show(board, W))
