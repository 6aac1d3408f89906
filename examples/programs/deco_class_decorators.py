# Class decorators: adding methods, singletons, and auto-repr.
def auto_repr(cls):
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({args})"
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    instances = {}

    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


def with_slots_info(cls):
    cls.field_count = len(cls.__init__.__code__.co_varnames) - 1
    return cls


@auto_repr
@with_slots_info
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


@singleton
@auto_repr
class Config:
    def __init__(self, env="dev"):
        self.env = env


print(Point(1, 2), Point.field_count)
c1, c2 = Config("prod"), Config("test")
print(c1, c2, c1 is c2)
print(type(Config).__name__, Config.__name__)


class Plain:
    pass


print(auto_repr(Plain)())
print(Config.env)
