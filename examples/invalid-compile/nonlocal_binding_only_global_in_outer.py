def outer():
    global state
    state = 1
    def inner():
        nonlocal state
        state = 2
    return inner
