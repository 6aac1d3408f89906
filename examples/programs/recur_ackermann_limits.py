# Recursion depth: Ackermann, mutual recursion and a RecursionError under a lowered limit.
import sys

sys.setrecursionlimit(120)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def depth_of(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max((depth_of(x) for x in nested), default=0)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print([ackermann(m, n) for m in range(3) for n in range(3)])
print(is_even(10), is_odd(7), is_even(41))
data = [1, [2, [3, [4, [5]]]], [], [[6], 7]]
print(depth_of(data), list(flatten(data)), depth_of([]), depth_of(5))
print(sys.getrecursionlimit())
try:
    is_even(500)
except RecursionError as e:
    print("RecursionError:", e)
deep = []
for _ in range(20):
    deep = [deep]
print(depth_of(deep))


def count_down(n):
    if n == 0:
        return "liftoff"
    return count_down(n - 1)


print(count_down(50))
count_down(1000)
