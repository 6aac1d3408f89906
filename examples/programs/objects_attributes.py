# __getattr__, __getattribute__, __setattr__, __delattr__, __slots__ and __class__ assignment.

class Record:
    def __init__(self, **fields):
        object.__setattr__(self, '_fields', dict(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f'no field {name!r}') from None

    def __setattr__(self, name, value):
        print('set', name, value)
        self._fields[name] = value

    def __delattr__(self, name):
        print('del', name)
        del self._fields[name]


r = Record(x=1, y=2)
r.z = 3
print(r.x, r.z, sorted(r._fields))
del r.y
print(hasattr(r, 'y'), getattr(r, 'y', 'default'))


class Logged:
    def __init__(self):
        self.hits = 0

    def __getattribute__(self, name):
        if name != 'hits':
            object.__setattr__(self, 'hits', object.__getattribute__(self, 'hits') + 1)
        return object.__getattribute__(self, name)

    def ping(self):
        return 'pong'


g = Logged()
print(g.ping(), g.ping(), g.hits)


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x += 10
print(p.x, p.y, hasattr(p, '__dict__'), type(Point.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)


class Cat:
    def speak(self):
        return 'meow'


class Dog:
    def speak(self):
        return 'woof'


pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
print(r.missing)
