# functools.lru_cache and cache on recursive functions, with cache statistics and clearing.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=4)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


@functools.cache
def binomial(n, k):
    if k in (0, n):
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


print(fib(60), fib.cache_info())
for n in (1, 2, 3, 1, 4, 5, 1, 2):
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.__wrapped__(9))
print([binomial(8, k) for k in range(9)])
print(binomial.cache_info().currsize, fib.__name__, type(fib).__name__)


def trace(func):
    depth = [0]

    @functools.wraps(func)
    def wrapper(*args):
        print("  " * depth[0] + f"-> {func.__name__}{args}")
        depth[0] += 1
        try:
            result = func(*args)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result

    return wrapper


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(84, 36))


@functools.lru_cache(maxsize=32)
def total(items):
    return sum(items)


print(total((1, 2, 3)), total((1, 2, 3)), total.cache_info().hits)
print(total([1, 2, 3]))
