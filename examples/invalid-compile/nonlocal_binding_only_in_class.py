def outer():
    class Holder:
        size = 3
        def grow(self):
            nonlocal size
            size += 1
    return Holder
