for n in range(10):
    if n == 3:
        return n
