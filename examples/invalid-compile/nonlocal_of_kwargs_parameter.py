def builder():
    options = {}
    def add(**options):
        nonlocal options
        return options
    return add
