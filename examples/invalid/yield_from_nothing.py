def chain(a, b):
    yield from
    yield from b
