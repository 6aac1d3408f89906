# Infinite generators: primes, fibonacci, and taking slices of them lazily.
from itertools import islice, takewhile


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print("first 15 primes:", list(islice(primes(), 15)))
print("fib under 200:", list(takewhile(lambda x: x < 200, fib())))
print("10th..14th fib:", list(islice(fib(), 10, 15)))
twin = ((p, q) for p, q in zip(primes(), islice(primes(), 1, None)) if q - p == 2)
print("twin primes:", list(islice(twin, 5)))
g = fib()
print(g.__name__, g.gi_running, next(g), next(g), next(g))
