# Closures: counters, adders and accumulators made by nested functions.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def make_adder(n):
    return lambda x: x + n


counter = make_counter()
adders = [make_adder(i) for i in range(10)]
total = 0
for i in range(150000):
    total += adders[i % 10](i)
    counter(2)
print(total, counter(0))
