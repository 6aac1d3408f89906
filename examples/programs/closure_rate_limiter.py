# Closures that keep state: a token-bucket rate limiter, a running histogram and
# a memoizer, inspected through function attributes and their cells.
def rate_limiter(capacity, refill_every):
    tokens = capacity
    last_refill = 0

    def allow(now):
        nonlocal tokens, last_refill
        elapsed = now - last_refill
        if elapsed >= refill_every:
            tokens = min(capacity, tokens + elapsed // refill_every)
            last_refill = now - elapsed % refill_every
        if tokens > 0:
            tokens -= 1
            allow.granted += 1
            return True
        allow.denied += 1
        return False

    allow.granted = 0
    allow.denied = 0
    return allow


def histogram(bucket_size):
    buckets = {}

    def add(value):
        key = value // bucket_size * bucket_size
        buckets[key] = buckets.get(key, 0) + 1
        return key

    def show():
        for key in sorted(buckets):
            print(f"  {key:3}-{key + bucket_size - 1:<3} {'#' * buckets[key]}")

    add.show = show
    return add


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = "memoized " + fn.__qualname__
    return wrapper


limiter = rate_limiter(3, 4)
requests = [0, 1, 1, 2, 3, 5, 8, 9, 9, 10, 16, 17]
print("".join("+" if limiter(t) else "-" for t in requests))
print("granted", limiter.granted, "denied", limiter.denied)
print(limiter.__code__.co_freevars, limiter.__code__.co_varnames)
cells = dict(zip(limiter.__code__.co_freevars, (c.cell_contents for c in limiter.__closure__)))
print({k: v for k, v in cells.items() if k != "allow"})
print(sorted(vars(limiter)))

add = histogram(10)
for v in [3, 14, 15, 27, 21, 29, 40, 8, 12]:
    add(v)
add.show()


@memoize
def partitions(n):
    if n < 2:
        return 1
    return sum(partitions(k) * 1 for k in range(n)) if n < 4 else partitions(n - 1) + partitions(n - 2)


print([partitions(i) for i in range(10)], len(partitions.cache))
print(partitions.__name__, "|", partitions.__qualname__, "|", partitions)
counters = [lambda i=i: i * i for i in range(4)]
print([c() for c in counters], counters[2].__defaults__, counters[0].__closure__)
