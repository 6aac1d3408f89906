def check(value, __debug__=True):
    return value
