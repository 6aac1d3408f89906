def numbers():
    n = 0
    yield = n
    n += 1
