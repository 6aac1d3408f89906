# expect: error RecursionError
# Generators delegating to themselves without end.
def deeper(n):
    yield from deeper(n + 1)


next(deeper(0))
