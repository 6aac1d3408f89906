class Numbers:
    yield 1
