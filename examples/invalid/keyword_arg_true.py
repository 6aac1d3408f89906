def show(value, flag=False):
    print(value, flag)

show(1, True=1)
