"""Operator interface: standard operators as functions (CPython replaces them with _operator's
C functions, so they print as builtins)."""

from _sandbox import c_type as _c_type
from _sandbox import builtin as _builtin

_abs = abs

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']


# Comparisons

@_builtin
def lt(a, b, /): return a < b
@_builtin
def le(a, b, /): return a <= b
@_builtin
def eq(a, b, /): return a == b
@_builtin
def ne(a, b, /): return a != b
@_builtin
def ge(a, b, /): return a >= b
@_builtin
def gt(a, b, /): return a > b


# Logical and identity

@_builtin
def not_(a, /): return not a
@_builtin
def truth(a, /): return True if a else False
@_builtin
def is_(a, b, /): return a is b
@_builtin
def is_not(a, b, /): return a is not b


# Arithmetic and bitwise

@_builtin
def abs(a, /): return _abs(a)
@_builtin
def add(a, b, /): return a + b
@_builtin
def and_(a, b, /): return a & b
@_builtin
def floordiv(a, b, /): return a // b


@_builtin
def index(a, /):
    if isinstance(a, int):
        return int(a)
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return method(a)


@_builtin
def inv(a, /): return ~a
invert = inv
@_builtin
def lshift(a, b, /): return a << b
@_builtin
def mod(a, b, /): return a % b
@_builtin
def mul(a, b, /): return a * b
@_builtin
def matmul(a, b, /): return a @ b
@_builtin
def neg(a, /): return -a
@_builtin
def or_(a, b, /): return a | b
@_builtin
def pos(a, /): return +a
@_builtin
def pow(a, b, /): return a ** b
@_builtin
def rshift(a, b, /): return a >> b
@_builtin
def sub(a, b, /): return a - b
@_builtin
def truediv(a, b, /): return a / b
@_builtin
def xor(a, b, /): return a ^ b


# Sequences

def _is_sequence(a):
    if isinstance(a, (list, tuple, str)):
        return True
    return hasattr(type(a), '__getitem__') and not isinstance(a, dict)


@_builtin
def concat(a, b, /):
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


@_builtin
def contains(a, b, /): return b in a


@_builtin
def countOf(a, b, /):
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count


@_builtin
def delitem(a, b, /):
    del a[b]


@_builtin
def getitem(a, b, /): return a[b]


@_builtin
def indexOf(a, b, /):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


@_builtin
def setitem(a, b, c, /):
    a[b] = c


@_builtin
def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(value).__name__}')
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


@_builtin
def call(obj, /, *args, **kwargs): return obj(*args, **kwargs)


# In-place operations

@_builtin
def iadd(a, b, /):
    a += b
    return a
@_builtin
def iand(a, b, /):
    a &= b
    return a


@_builtin
def iconcat(a, b, /):
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


@_builtin
def ifloordiv(a, b, /):
    a //= b
    return a
@_builtin
def ilshift(a, b, /):
    a <<= b
    return a
@_builtin
def imod(a, b, /):
    a %= b
    return a
@_builtin
def imul(a, b, /):
    a *= b
    return a
@_builtin
def imatmul(a, b, /):
    a @= b
    return a
@_builtin
def ior(a, b, /):
    a |= b
    return a
@_builtin
def ipow(a, b, /):
    a **= b
    return a
@_builtin
def irshift(a, b, /):
    a >>= b
    return a
@_builtin
def isub(a, b, /):
    a -= b
    return a
@_builtin
def itruediv(a, b, /):
    a /= b
    return a
@_builtin
def ixor(a, b, /):
    a ^= b
    return a


# Callable objects

@_c_type
class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand."""
    __slots__ = ('_attrs', '_paths')

    def __init__(self, attr, /, *attrs):
        attrs = (attr,) + attrs
        for name in attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple(name.split('.') for name in attrs)

    def __call__(self, obj, /):
        values = []
        for path in self._paths:
            value = obj
            for name in path:
                value = getattr(value, name)
            values.append(value)
        return values[0] if len(values) == 1 else tuple(values)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return self.__class__, self._attrs


@_c_type
class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""
    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[item] for item in self._items])

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return self.__class__, self._items


@_c_type
class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self = args[0]
        if not isinstance(args[1], str):
            raise TypeError('method name must be a string')
        self._name = args[1]
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"


# The dunder aliases CPython's operator module has (operator.__add__ is operator.add).
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__eq__ = eq
__floordiv__ = floordiv
__ge__ = ge
__getitem__ = getitem
__gt__ = gt
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imatmul__ = imatmul
__imod__ = imod
__imul__ = imul
__index__ = index
__inv__ = inv
__invert__ = invert
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
__le__ = le
__lshift__ = lshift
__lt__ = lt
__matmul__ = matmul
__mod__ = mod
__mul__ = mul
__ne__ = ne
__neg__ = neg
__not__ = not_
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__setitem__ = setitem
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
del _builtin
