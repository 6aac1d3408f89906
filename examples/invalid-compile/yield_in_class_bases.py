def make():
    pass

class Thing((yield)):
    pass
