def unpack(items):
    x = *items
    return x
