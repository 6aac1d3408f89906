def tools():
    from os.path import *
    return join("a", "b")
