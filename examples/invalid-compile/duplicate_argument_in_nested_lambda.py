def make():
    return [lambda x, y, x=1: x for _ in range(3)]
