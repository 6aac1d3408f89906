class Flags:
    pass

Flags.__debug__ = True
