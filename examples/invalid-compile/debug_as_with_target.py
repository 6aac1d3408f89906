with open("f") as __debug__:
    pass
