# Closure factories: a token-bucket rate limiter driven by a fake clock, and memoized counters.
def make_clock(start=0.0):
    now = start

    def tick(seconds=1.0):
        nonlocal now
        now += seconds
        return now

    def read():
        return now

    return tick, read


def make_limiter(rate, capacity, clock):
    tokens = capacity
    last = clock()

    def allow(cost=1):
        nonlocal tokens, last
        current = clock()
        tokens = min(capacity, tokens + (current - last) * rate)
        last = current
        if tokens >= cost:
            tokens -= cost
            return True
        return False

    def level():
        return round(tokens, 2)

    return allow, level


tick, now = make_clock()
allow, level = make_limiter(rate=0.5, capacity=3, clock=now)
results = []
for step in range(10):
    results.append((now(), allow(), level()))
    tick(0.5 if step % 3 else 1.0)
for t, ok, lvl in results:
    print(f"t={t:4.1f} allowed={ok!s:5} tokens={lvl}")


def counter_family():
    counts = {}

    def make(name):
        def hit():
            counts[name] = counts.get(name, 0) + 1
            return counts[name]
        hit.__name__ = f"hit_{name}"
        return hit

    return make, counts


make, counts = counter_family()
a, b = make("a"), make("b")
print([a(), a(), b(), a()], counts, a.__name__, b.__qualname__)


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5), compose()(7))
pipeline = compose(str.upper, str.strip, lambda s: s.replace("-", " "))
print(repr(pipeline("  rate-limited-api ")))


def broken_counter():
    total = 0

    def add(n):
        total += n
        return total

    return add


print(broken_counter()(1))
