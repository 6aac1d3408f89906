# Multiple inheritance, the C3 MRO, cooperative super() and the MRO conflict error.

class Base:
    def __init__(self):
        self.log = ['Base']

    def hello(self):
        return 'Base.hello'


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Left')

    def hello(self):
        return 'Left>' + super().hello()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Right')

    def hello(self):
        return 'Right>' + super().hello()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append('Diamond')

    def hello(self):
        return 'Diamond>' + super().hello()


d = Diamond()
print([c.__name__ for c in Diamond.__mro__])
print(d.log)
print(d.hello())
print(Diamond.__bases__ == (Left, Right), Diamond.__base__ is Left)
print(isinstance(d, Right), isinstance(d, (int, Left)), issubclass(Diamond, Base))
print(issubclass(Left, (Right, str)), issubclass(bool, int))
print(super(Left, d).hello())
print(Diamond.mro() == list(Diamond.__mro__))


class A: pass
class B: pass
class C(A, B): pass
class D(B, A): pass

print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])


class Mixin:
    def describe(self):
        return f'{type(self).__name__} with {self.extra()}'


class Thing(Mixin, A):
    def extra(self):
        return 'extra'


print(Thing().describe())

try:
    class Bad(A, A):
        pass
except TypeError as e:
    print('TypeError:', e)

class Broken(C, D):
    pass
