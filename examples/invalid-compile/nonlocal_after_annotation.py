def outer():
    x = 1
    def inner():
        x: int = 2
        nonlocal x
    return inner
