# Splitting a stream into batches and sliding windows with itertools.
from itertools import islice, count, repeat, chain


def batched(iterable, n):
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


def windows(seq, n):
    it = iter(seq)
    win = tuple(islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


for b in batched(range(11), 4):
    print("batch", b)
for w in windows("sliding", 3):
    print("window", "".join(w))
ids = dict(zip("xyz", count(100)))
print(ids)
print(list(repeat("ab", 3)), list(map(pow, range(5), repeat(2))))
flat = list(chain.from_iterable([[1, 2], [3], [], [4, 5]]))
print("flat:", flat)
moving = [sum(w) / 3 for w in windows([2, 4, 6, 8, 10, 12], 3)]
print("moving average:", moving)
print(next(batched([], 3)))
