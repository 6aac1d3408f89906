# Generators: pipelines of generator functions and generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scaled(it, k):
    for x in it:
        yield x * k


def take_pairs(it):
    it = iter(it)
    for a in it:
        b = next(it, 0)
        yield a + b


total = sum(take_pairs(scaled(evens(numbers(400000)), 3)))
gen_total = sum(x for x in range(200000) if x % 7 == 3)
print(total, gen_total)
