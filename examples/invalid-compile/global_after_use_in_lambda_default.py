def make():
    f = lambda x=rate: x
    global rate
    return f
