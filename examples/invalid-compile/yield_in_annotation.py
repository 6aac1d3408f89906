def make(value: (yield)):
    return value
