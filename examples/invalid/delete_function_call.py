cache = {"a": 1}
def entry():
    return cache["a"]
del entry()
