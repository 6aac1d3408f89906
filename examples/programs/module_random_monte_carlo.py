# Monte Carlo estimates with a seeded generator: pi and a birthday collision.
import random

rng = random.Random(12345)
inside = 0
N = 80
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate:", 4 * inside / N)


def shared_birthday(people):
    seen = set()
    for _ in range(people):
        d = rng.randrange(365)
        if d in seen:
            return True
        seen.add(d)
    return False


trials = 8
hits = sum(shared_birthday(23) for _ in range(trials))
print(f"birthday collisions: {hits}/{trials}")
state = rng.getstate()
a = [rng.randint(1, 100) for _ in range(5)]
rng.setstate(state)
b = [rng.randint(1, 100) for _ in range(5)]
print("replayed:", a, a == b)
print("bits:", rng.getrandbits(40))
print(rng.choice([]))
