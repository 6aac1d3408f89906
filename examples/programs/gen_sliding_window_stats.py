# Generator utilities over a stream of sensor readings: windows, deltas, batching and chaining.
import itertools

READINGS = [21.5, 21.7, 22.0, 22.4, 23.1, 22.9, 22.2, 21.8, 30.5, 21.6, 21.4, 21.9]


def windows(values, size):
    window = []
    for v in values:
        window.append(v)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


def deltas(values):
    it = iter(values)
    prev = next(it)
    for v in it:
        yield round(v - prev, 2)
        prev = v


def batches(values, n):
    batch = []
    for v in values:
        batch.append(v)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def spikes(values, limit):
    for i, (a, b) in enumerate(zip(values, values[1:])):
        if abs(b - a) > limit:
            yield i + 1, b


avg = [round(sum(w) / len(w), 2) for w in windows(READINGS, 3)]
print(avg)
print(list(deltas(READINGS)))
print(list(batches(READINGS, 5)))
print(list(spikes(READINGS, 2.0)), dict(spikes(READINGS, 5)))
print(list(itertools.islice(windows(itertools.count(), 2), 4)))
combined = itertools.chain(batches("abcdefg", 3), [["end"]])
print(list(combined))
gen = deltas([])
print(gen)
print(list(gen))
