# Descriptors: property (decorator and setter forms), classmethod, staticmethod, user
# descriptors with __get__/__set__/__delete__ and __set_name__, data vs non-data precedence.

class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int, got {type(value).__name__}')
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.name)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Account:
    count = Typed()
    rate = 0.5

    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('negative balance')
        self._balance = value

    @balance.deleter
    def balance(self):
        print('closing', self.owner)
        self._balance = 0

    @classmethod
    def opened(cls, owner):
        return cls(owner, 10)

    @staticmethod
    def fee(amount):
        return amount // 10

    @Lazy
    def report(self):
        print('computing report')
        return f'{self.owner}: {self._balance}'


a = Account.opened('ann')
print(type(a).__name__, a.balance, Account.fee(55), a.fee(20))
a.balance = 42
print(a.balance, a.count)
a.count = 3
print(a.count, a.__dict__)
del a.count
print(a.count)
print(a.report, a.report)
del a.balance
print(a.balance, isinstance(Account.__dict__['balance'], property))
a.rate = 0.9
print(a.rate, Account.rate, type(Account.count).__name__)
try:
    a.count = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError:', e)


class ReadOnly:
    @property
    def value(self):
        return 1


r = ReadOnly()
print(r.value)
r.value = 2
