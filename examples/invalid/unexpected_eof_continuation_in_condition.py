def check(a, b):
    print("checking", a, b)
    return a > 0 and \
