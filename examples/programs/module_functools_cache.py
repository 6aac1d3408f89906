# Memoised recursion with functools.lru_cache and cache statistics.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=32)
def paths(r, c):
    # lattice paths in an r x c grid
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print([fib(i) for i in range(15)])
print("fib(80) =", fib(80))
print(fib.cache_info())
print("paths(6, 6) =", paths(6, 6))
print(paths.cache_info())
paths.cache_clear()
print("after clear:", paths.cache_info())


@functools.cache
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 30), key=collatz_len)
print("longest collatz under 30:", best, collatz_len(best))
print(fib([1, 2]))
