# Metaclasses: class C(metaclass=M), __prepare__, __new__/__init__/__call__ on the metaclass,
# type(name, bases, ns), __init_subclass__ with class keywords, and a metaclass conflict.

class Registry(type):
    classes = []

    @classmethod
    def __prepare__(mcs, name, bases, **kwds):
        print('prepare', name, [b.__name__ for b in bases], kwds)
        return {'created_by': mcs.__name__}

    def __new__(mcs, name, bases, ns, **kwds):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)
        cls.tag = kwds.get('tag', 'none')

    def __call__(cls, *args, **kwargs):
        print('making', cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __repr__(cls):
        return f'<registered {cls.__name__}>'


class Model(metaclass=Registry, tag='base'):
    def __init__(self, value):
        self.value = value


class User(Model):
    pass


u = User(5)
print(u.value, User.tag, Model.tag, User.created_by, type(User).__name__)
print(Registry.classes, User, isinstance(User, Registry), isinstance(User, type))


def describe(self):
    return f'Point({self.x}, {self.y})'


Point = type('Point', (object,), {'x': 1, 'y': 2, 'describe': describe})
p = Point()
print(p.describe(), Point.__name__, type(Point) is type, type(p) is Point)


class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins[key or cls.__name__] = cls


class Csv(Plugin, key='csv'):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.plugins), Plugin.plugins['csv'] is Csv)


class Meta1(type):
    pass


class Meta2(type):
    pass


class A(metaclass=Meta1):
    pass


class B(metaclass=Meta2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)


class Strict(Plugin, unknown=1):
    pass
