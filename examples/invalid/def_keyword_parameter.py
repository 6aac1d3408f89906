def show(value, True):
    print(value)

show(1, 2)
