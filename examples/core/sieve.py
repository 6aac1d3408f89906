# Sieve of Eratosthenes: list the primes below a limit.

def sieve(limit):
    is_prime = []
    for i in range(limit):
        is_prime.append(True)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p < limit:
        if is_prime[p]:
            multiple = p * p
            while multiple < limit:
                is_prime[multiple] = False
                multiple += p
        p += 1
    primes = []
    for i in range(limit):
        if is_prime[i]:
            primes.append(i)
    return primes


primes = sieve(50)
print("primes below 50:", primes)
print("count:", len(primes))
print("largest:", max(primes))
