# Class attributes, monkeypatching (the lookup cache must see it), __dict__/vars, default reprs,
# bound methods, nested classes, callable objects and the errors a class's misuse raises.

class Config:
    """Settings."""
    debug = False
    items = []

    def show(self):
        return f'debug={self.debug}'

    class Inner:
        pass


c1, c2 = Config(), Config()
c1.debug = True
print(c1.show(), c2.show(), Config.debug, Config.__doc__, Config.Inner.__qualname__)
Config.debug = 'patched'
print(c2.show(), c1.show())
Config.show = lambda self: 'replaced'
print(c1.show(), c2.show())
del Config.show
print(hasattr(c1, 'show'), vars(c1), c1.__dict__ is vars(c1))
Config.items.append(1)
print(c1.items, c2.items is Config.items)


class Base:
    def greet(self):
        return 'base'


class Child(Base):
    pass


kid = Child()
print(kid.greet())
Base.greet = lambda self: 'patched base'
print(kid.greet(), Child.greet is Base.greet)

print(type(kid).__name__, kid.__class__ is Child, Child.__module__, Child.__name__)
print(repr(Base.__init__)[:30], callable(kid), callable(Child))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])), callable(add5))


class NoInit:
    pass


for attempt in [lambda: NoInit(1), lambda: super(), lambda: Adder(), lambda: kid.missing]:
    try:
        attempt()
    except (TypeError, RuntimeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


class BadInit:
    def __init__(self):
        return 42


try:
    BadInit()
except TypeError as e:
    print('TypeError:', e)


class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__}.area')


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print([s.area() for s in [Square(2), Square(3)]])
Shape().area()
