# Recursive generators: permutations, combinations, partitions and tree walks with yield from.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail


def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield []
        return
    for part in range(min(n, largest), 0, -1):
        for rest in partitions(n - part, part):
            yield [part] + rest


def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)


print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations([1, 2, 3])))
print(list(combinations("wxyz", 2)))
print(list(partitions(5)))
print([len(list(partitions(n))) for n in range(1, 7)])
tree = ("root", [("src", [("main.py", []), ("util.py", [])]), ("docs", [("index.md", [])]), ("README", [])])
for depth, name in walk(tree):
    print("  " * depth + name)
first = permutations([3, 1, 2])
print(next(first), next(first), first.__qualname__)


def gray_code(bits):
    if bits == 0:
        yield ""
        return
    codes = list(gray_code(bits - 1))
    for code in codes:
        yield "0" + code
    for code in reversed(codes):
        yield "1" + code


print(list(gray_code(3)))
print([int(g, 2) for g in gray_code(3)])
deep = walk(("a", [("b", [("c", [])])]))
print(list(deep), list(deep))
bad = combinations(5, 2)
print(next(bad))
