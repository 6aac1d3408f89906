# Function factories: memoisers, rate limiters and configured formatters as closures.
def memoize(fn):
    cache = {}
    calls = [0]

    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]

    wrapper.calls = lambda: calls[0]
    return wrapper


@memoize
def ways(n):
    # ways to climb n stairs taking 1, 2 or 3 steps
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print([ways(i) for i in range(12)], "computed:", ways.calls())


def formatter(prefix, width):
    def fmt(value):
        return f"{prefix}{value:>{width}}"
    return fmt


money = formatter("$", 8)
pct = formatter("%", 5)
print(money(12.5), pct(7), money("x"))


def limiter(max_calls):
    used = 0

    def allow():
        nonlocal used
        used += 1
        if used > max_calls:
            raise RuntimeError(f"limit of {max_calls} calls exceeded")
        return max_calls - used

    return allow


allow = limiter(2)
print(allow(), allow())
allow()
