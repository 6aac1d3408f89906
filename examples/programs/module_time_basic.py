# time: the clocks move forward, sleep waits, and the values have the right types.
import time
from time import perf_counter, monotonic, sleep

start = perf_counter()
m0 = monotonic()
now = time.time()
print(type(now).__name__, now > 1_600_000_000, type(time.time_ns()).__name__)
total = 0
for i in range(2000):
    total += i * i
print(total)
sleep(0.01)
time.sleep(0)
elapsed = perf_counter() - start
print(elapsed >= 0.01, elapsed < 5, monotonic() >= m0)
print(type(time.perf_counter_ns()).__name__, time.monotonic_ns() >= 0)

def timed(f, *args):
    t0 = time.perf_counter()
    result = f(*args)
    return result, time.perf_counter() - t0 >= 0

print(timed(sum, range(100)))
print(timed(sorted, [3, 1, 2]))

def attempt(f, *args):
    try:
        print(f.__name__, args, "->", f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, args, "raised", type(e).__name__, e)

attempt(time.sleep, -1)
attempt(time.sleep, "1")
