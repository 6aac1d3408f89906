# Batching records with generators. A helper that calls next() without a default
# lets StopIteration escape inside a generator; PEP 479 turns it into a
# RuntimeError, chained to the StopIteration, and the program stops there.
def records(n):
    for i in range(1, n + 1):
        yield {"id": i, "value": i * i % 7}


def batches(iterable, size):
    it = iter(iterable)
    while True:
        batch = []
        for _ in range(size):
            try:
                batch.append(next(it))
            except StopIteration:
                if batch:
                    yield batch
                return
        yield batch


def pairs(iterable):
    """Unsafe: assumes an even number of items."""
    it = iter(iterable)
    for first in it:
        second = next(it)
        yield first["id"], second["id"]


def totals(batch_iter):
    grand = 0
    for number, batch in enumerate(batch_iter, 1):
        subtotal = sum(r["value"] for r in batch)
        grand += subtotal
        print(f"batch {number}: ids {[r['id'] for r in batch]} subtotal {subtotal}")
    return grand


print("grand total:", totals(batches(records(10), 4)))
print("pairs:", list(pairs(records(6))))

gen = batches(records(3), 2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("exhausted, value:", stop.value)


def guarded(iterable):
    try:
        yield from pairs(iterable)
    except RuntimeError as e:
        print("guarded:", e, "| cause:", type(e.__cause__).__name__)


print(list(guarded(records(5))))
print("pairs:", list(pairs(records(7))))
