# time: the clocks move forward, sleep waits, and the values have the right types.
import time
from time import perf_counter, monotonic, sleep



class Span:
    """Clock readings kept inside an object: the trace shows the object, never a reading."""

    def __init__(self, clock):
        self.clock = clock
        self.start = clock()

    def elapsed(self):
        return self.clock() - self.start


span = Span(perf_counter)
steady = Span(monotonic)
print(type(time.time()).__name__, time.time() > 1_600_000_000, type(time.time_ns()).__name__)
total = 0
for i in range(200):
    total += i * i
print(total)
sleep(0.01)
time.sleep(0)
print(span.elapsed() >= 0.01, span.elapsed() < 3600, steady.elapsed() >= 0)
print(type(time.perf_counter_ns()).__name__, time.monotonic_ns() >= 0)

def timed(f, *args):
    span = Span(time.perf_counter)
    result = f(*args)
    return result, span.elapsed() >= 0

print(timed(sum, range(100)))
print(timed(sorted, [3, 1, 2]))

def attempt(f, *args):
    try:
        print(f.__name__, args, "->", f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, args, "raised", type(e).__name__, e)

attempt(time.sleep, -1)
attempt(time.sleep, "1")
