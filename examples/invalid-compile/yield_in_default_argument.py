def make(value=(yield 1)):
    return value
