def outer():
    def inner():
        from string import *
    return inner
