with open("f") as *handle:
    pass
