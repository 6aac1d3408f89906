# Classic recursion: towers of Hanoi, permutations and power set.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), "moves:", moves[:7])


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]


print(["".join(p) for p in permutations(list("abc"))])
print(power_set([1, 2, 3]))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


import sys

sys.setrecursionlimit(80)  # keeps the runaway below short
print(depth(50))
print(depth(-1))
