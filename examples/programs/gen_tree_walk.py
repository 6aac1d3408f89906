# Walking a directory-like tree with recursive generators: yield from for the
# subtrees, send() to skip a branch, and the walk's return value as a summary.
TREE = ("root", [
    ("src", [
        ("main.py", 120),
        ("util.py", 45),
        ("vendor", [("big.py", 900), ("tiny.py", 3)]),
    ]),
    ("docs", [("index.md", 30), ("api.md", 75)]),
    ("setup.py", 12),
])

SKIP = "skip"


def walk(node, depth=0):
    """Yield (depth, name, size); send SKIP after a directory to prune it."""
    name, content = node
    if isinstance(content, int):
        yield depth, name, content
        return content
    command = yield depth, name + "/", None
    if command == SKIP:
        yield "pruned"
        return 0
    total = 0
    for child in content:
        total += yield from walk(child, depth + 1)
    return total


def listing(tree, prune=()):
    gen = walk(tree)
    item = next(gen)
    try:
        while True:
            depth, name, size = item
            print("  " * depth + name + (f" ({size})" if size is not None else ""))
            if name.rstrip("/") in prune:
                ack = gen.send(SKIP)
                print("  " * (depth + 1) + f"[{ack}]")
                item = next(gen)
            else:
                item = next(gen)
    except StopIteration as done:
        return done.value


print("total:", listing(TREE))
print("total without vendor:", listing(TREE, prune={"vendor"}))


def sizes(node):
    total = yield from walk(node)
    yield ("total", total)


flat = [entry for entry in sizes(TREE) if entry[0] == "total" or entry[2]]
print(flat[-1], len(flat) - 1, "files")
biggest = max([e for e in flat if e[0] != "total"], key=lambda e: e[2])
print("biggest:", biggest[1], biggest[2])

gen = walk(TREE)
print(next(gen), gen.gi_yieldfrom)
print(next(gen), type(gen.gi_yieldfrom).__name__, gen.gi_running)
gen.close()
print(gen.gi_yieldfrom, gen.gi_frame)
