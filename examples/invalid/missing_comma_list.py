primes = [2, 3, 5 7, 11]
total = 0
for p in primes:
    total += p
