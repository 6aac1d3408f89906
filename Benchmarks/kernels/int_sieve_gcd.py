# Integer math: a sieve of Eratosthenes and Euclid's gcd over many pairs, plus big ints.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for k in range(i * i, n + 1, i):
                flags[k] = False
        i += 1
    return [i for i, f in enumerate(flags) if f]


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


primes = sieve(300000)
print(len(primes), primes[-1])
total = 0
for a in range(1, 300):
    for b in range(1, 300):
        total += gcd(a * 7919, b * 104729)
print(total)
f = 1
for i in range(1, 800):
    f *= i
print(len(str(f)))
