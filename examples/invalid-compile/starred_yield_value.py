def spread(items):
    yield *items
