# object's own methods reached through super() or by name, __format__, sentinels made with
# object(), exception classes that extend BaseException's __str__ and __repr__, and __eq__/__hash__.

class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees

    def __format__(self, spec):
        if spec.endswith('F'):
            return f'{self.degrees * 9 / 5 + 32:{spec[:-1]}f}F'
        return f'{self.degrees:{spec}}C'

    def __repr__(self):
        return 'Temperature(' + super().__repr__()[1:9] + ')'

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return super().__eq__(other)
        return self.degrees == other.degrees

    def __hash__(self):
        return hash(self.degrees)


t = Temperature(21.5)
print(f'{t:.1F} {t:.2f} {t}', format(t, '.0f'), repr(t))
print(t == Temperature(21.5), t == 21.5, t != 3, len({t, Temperature(21.5)}))
print(object.__eq__(t, t), object.__eq__(t, 1), Temperature.__hash__(t) == hash(21.5))

MISSING = object()
print(type(MISSING).__name__, MISSING == MISSING, MISSING is not object(), str(MISSING)[:15])
try:
    MISSING.value = 1
except AttributeError as e:
    print('AttributeError:', e)


class ApiError(Exception):
    def __init__(self, status, *details):
        super().__init__(status, *details)
        self.status = status

    def __str__(self):
        return f'HTTP {self.status}: ' + super().__str__()

    def __repr__(self):
        return 'Api' + super().__repr__()


err = ApiError(404, 'not found')
print(str(err), repr(err), err.args, isinstance(err, Exception))


class Plain:
    pass


p = Plain()
print(p == p, p != Plain(), len({p, p}) == 1, f'{p!r}'.startswith('<__main__.Plain object'))
print(format(p, '')[:23], '{:>5}'.format('x'))
format(p, 'x')
