# Memoised grid paths and coin change with functools.lru_cache and cache.
import functools


@functools.lru_cache(maxsize=None)
def grid_paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)


@functools.cache
def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])


@functools.lru_cache(maxsize=3)
def slow_square(n):
    return n * n


print(grid_paths(5, 5), grid_paths(10, 10))
print(grid_paths.cache_info())
print(ways(50, (25, 10, 5, 1)))
print(ways.cache_info().hits > 0, ways.__name__, ways.__wrapped__.__name__)

for n in [1, 2, 3, 1, 4, 2, 1]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.cache_parameters())


@functools.lru_cache(typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"


print(describe(1), describe(1.0), describe(True))
print(describe.cache_info())
info = grid_paths.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(grid_paths)
