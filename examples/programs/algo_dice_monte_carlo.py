# Seeded Monte Carlo simulations: dice sums, estimating pi, and a random walk, with statistics.
import random
import statistics

random.seed(42)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(120)]
counts = {s: rolls.count(s) for s in range(2, 13)}
for s, n in counts.items():
    print(f"{s:2} {n:3} {'#' * (n // 2)}")
print(statistics.mean(rolls), statistics.median(rolls), statistics.mode(rolls), round(statistics.stdev(rolls), 4))
inside = sum(1 for _ in range(150) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 150)
position, furthest = 0, 0
walk = []
for _ in range(40):
    position += random.choice((-1, 1))
    furthest = max(furthest, abs(position))
    walk.append(position)
print(walk[-10:], furthest, min(walk), max(walk))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i:i + 5] for i in range(0, 20, 5)]
print(hands)
print(random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8), round(random.gauss(0, 1), 6))
print(round(random.uniform(1, 2), 6), random.randrange(0, 100, 7), random.getrandbits(20))
print(statistics.quantiles(rolls, n=4), statistics.pvariance([1, 2, 3, 4]))
print(statistics.mean([]))
