# random with a fixed seed draws CPython's exact numbers.
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 7), random.randrange(50, 0, -5))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
print(random.uniform(1, 5), random.uniform(-2.5, 2.5))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 5))
print(random.gammavariate(0.5, 1), random.gammavariate(3, 2), random.lognormvariate(0, 1))

for seed in [0, 1, -7, 2 ** 40, 10 ** 30, "hello", b"bytes", 3.5]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 1000))

rng = random.Random(2024)
other = random.Random(2024)
print(rng.random() == other.random(), rng.choice("abcdef"), other.choice("abcdef"))
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)])
print(len(state), state[0], len(state[1]), state[2])

def attempt(f, *args, **kw):
    try:
        print(f.__name__, args, "->", f(*args, **kw))
    except (ValueError, TypeError, IndexError) as e:
        print(f.__name__, args, "raised", type(e).__name__, e)

attempt(random.randrange, 0)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 1, 10, 0)
attempt(random.randint, 3, 1)
attempt(random.choice, [])
attempt(random.getrandbits, -1)
attempt(random.seed, [1, 2])
attempt(random.gammavariate, -1, 1)
