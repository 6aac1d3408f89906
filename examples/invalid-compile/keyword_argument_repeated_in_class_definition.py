class Model(metaclass=type, metaclass=type):
    pass
