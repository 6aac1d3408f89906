if 1:
    pass
x
