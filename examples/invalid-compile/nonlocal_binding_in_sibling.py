def outer():
    def first():
        total = 0
    def second():
        nonlocal total
        total += 1
    return first, second
