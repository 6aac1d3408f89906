def swap(a, b):
    global a, b
    a, b = b, a
