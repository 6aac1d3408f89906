def flatten(groups):
    return [(yield from group) for group in groups]
