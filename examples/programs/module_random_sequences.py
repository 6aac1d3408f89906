# random's sequence functions: choice, choices, shuffle, sample (both algorithms).
import random

random.seed(12345)
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.choice(range(1000)), random.choice("xyz"))
print(random.sample(range(100), 10))
print(random.sample(range(10 ** 9), 8))
print(random.sample(deck, 5), random.sample("abcdefgh", 3))
print(random.sample(["a", "b", "c"], k=5, counts=[1, 2, 3]))
print(random.choices(["red", "green", "blue"], k=8))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
print(random.choices([1, 2, 3]))

counts = {}
for _ in range(400):
    roll = random.randint(1, 6) + random.randint(1, 6)
    counts[roll] = counts.get(roll, 0) + 1
print(sorted(counts.items()))

def monte_carlo_pi(n):
    inside = 0
    for _ in range(n):
        x, y = random.random(), random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / n

print(monte_carlo_pi(600))

def walk(steps):
    position = 0
    path = []
    for _ in range(steps):
        position += random.choice((-1, 1))
        path.append(position)
    return path

print(walk(25))
values = list(range(20))
random.shuffle(values)
print(values, sorted(values) == list(range(20)))

def attempt(f, *args, **kw):
    try:
        print(f.__name__, "->", f(*args, **kw))
    except (ValueError, TypeError, IndexError) as e:
        print(f.__name__, "raised", type(e).__name__, e)

attempt(random.sample, range(5), 6)
attempt(random.sample, {1, 2, 3}, 2)
attempt(random.choices, [1, 2], [1, 2, 3])
attempt(random.choices, [1, 2], weights=[0, 0])
attempt(random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
