def outer():
    mode = "a"
    def inner():
        global mode
        nonlocal mode
    return inner
