@(yield)
def handler():
    pass
