# Closures: counters, accumulators, and nonlocal state.
def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        value = count
        count += step
        return value

    def reset():
        nonlocal count
        count = start

    counter.reset = reset
    return counter


a = make_counter()
b = make_counter(10, 5)
print([a() for _ in range(3)], [b() for _ in range(3)], a())
a.reset()
print(a(), a.__closure__[0].cell_contents if a.__closure__ else None)
print(a.__code__.co_freevars, make_counter.__code__.co_cellvars)


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return sum(items) / len(items)

    return add


avg = make_accumulator()
print([avg(x) for x in (10, 20, 30, 40)])
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def broken():
    total += 1
    return total


broken()
