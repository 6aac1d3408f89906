# Sliding-window statistics over a sensor stream with bounded deques.
from collections import deque
import random

random.seed(7)
readings = [round(20 + random.gauss(0, 2), 1) for _ in range(16)]
print("readings:", readings)


def moving_average(values, size):
    window = deque(maxlen=size)
    total = 0.0
    for v in values:
        if len(window) == size:
            total -= window[0]
        window.append(v)
        total += v
        yield round(total / len(window), 2)


def window_max(values, size):
    # Indices of candidates, their values decreasing from left to right.
    candidates = deque()
    for i, v in enumerate(values):
        while candidates and values[candidates[-1]] <= v:
            candidates.pop()
        candidates.append(i)
        if candidates[0] <= i - size:
            candidates.popleft()
        if i >= size - 1:
            yield values[candidates[0]]


print("avg4:", list(moving_average(readings, 4)))
print("max3:", list(window_max(readings, 3)))

history = deque(readings[:5], maxlen=5)
print(history)
history.extend([99.9, 0.1])
print(history, len(history))
history.extendleft([1.0])
print(history)
history.rotate(-2)
print(history, history.index(99.9), history.count(0.1))
history.reverse()
print(history, history.popleft(), history.pop())
history.remove(0.1) if 0.1 in history else None
print(history, history == deque(list(history)), history.copy() is history)

alerts = deque()
for t, v in enumerate(readings):
    if v > 22:
        alerts.append((t, v))
while alerts:
    t, v = alerts.popleft()
    print(f"alert at t={t}: {v}")
