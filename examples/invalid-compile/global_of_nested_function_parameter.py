def outer():
    def inner(count):
        global count
        count += 1
    return inner
