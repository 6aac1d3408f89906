# Seeded random walks: position statistics over many walkers.
import random

random.seed(7)


def walk(steps):
    x = y = 0
    for _ in range(steps):
        dx, dy = random.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x += dx
        y += dy
    return x, y


ends = [walk(12) for _ in range(10)]
for i, (x, y) in enumerate(ends[:8]):
    print(f"walker {i}: ({x:+d}, {y:+d}) dist^2={x * x + y * y}")
mean_sq = sum(x * x + y * y for x, y in ends) / len(ends)
print("mean squared distance:", mean_sq)
print("furthest:", max(ends, key=lambda p: abs(p[0]) + abs(p[1])))
deck = list(range(1, 11))
random.shuffle(deck)
print("shuffled:", deck)
print("gauss:", round(random.gauss(0, 1), 12))
print("choices:", random.choices("HT", k=10))
print("randrange:", [random.randrange(0, 100, 5) for _ in range(5)])
