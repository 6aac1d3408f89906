# Prime sieve and number theory with math.isqrt and math.prod.
import math


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, ok in enumerate(flags) if ok]


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


primes = sieve(60)
print("primes:", primes)
print("count:", len(primes), "sum:", sum(primes))
for n in (360, 97, 1001, 2 ** 10 - 1):
    f = factorize(n)
    print(n, "=", " * ".join(map(str, f)), "check", math.prod(f) == n)
print("isqrt", [math.isqrt(k) for k in (0, 1, 15, 16, 17, 99)])
print("log2 1024 =", math.log2(1024), "log10 1e5 =", math.log10(1e5))
print("exp(1) =", math.exp(1), "e =", math.e)
print("fsum", math.fsum([0.1] * 10), sum([0.1] * 10))
