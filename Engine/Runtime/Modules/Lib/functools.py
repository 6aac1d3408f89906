"""functools: tools for working with functions and callable objects (reduce, partial,
cmp_to_key and the lru_cache wrapper are C objects in CPython; they look like them here)."""

from _sandbox import c_type as _c_type
from _sandbox import builtin as _builtin, repr_as as _repr_as, program_lambda as _program_lambda

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so a __wrapped__ copied from wrapped.__dict__ above is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


@_builtin
def reduce(*args):
    """reduce(function, iterable[, initial]) -> value"""
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function = args[0]
    try:
        iterator = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in iterator:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in iterator:
        value = function(value, element)
    return value


@_c_type
class partial:
    """partial(func, *args, **keywords) - new function with partial application of the given
    arguments and keywords."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            # A partial of a partial is flattened, as CPython does.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f'{key}={value!r}' for key, value in self.keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__qualname__
        return f"{name}({', '.join(parts)})"


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join(repr(arg) for arg in self.args)
        keywords = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        return f'{type(self).__module__}.{type(self).__qualname__}({self.func!r}, {args}, {keywords})'

    def __get__(self, obj, cls=None):
        method = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**method.keywords, **keywords}
            return method.func(cls_or_self, *method.args, *args, **keywords)
        _method.__isabstractmethod__ = False
        _method._partialmethod = self
        if obj is None:
            return _method
        return _method.__get__(obj, cls)


@_c_type
class KeyWrapper:
    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0


@_builtin
def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return _KeyMaker(mycmp)


class _KeyMaker:
    # What cmp_to_key returns: calling it wraps one object.
    def __init__(self, cmp):
        self._cmp = cmp

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)


_KeyMaker.__qualname__ = 'KeyWrapper'


class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""

    # As collections.namedtuple makes it: a lambda compiled from text under the file name
    # "<string>", which the oracle's tracer takes for the program's own code.
    __new__ = _program_lambda(
        'lambda _cls, hits, misses, maxsize, currsize: _tuple_new(_cls, (hits, misses, maxsize, currsize))',
        {'_tuple_new': tuple.__new__, '__name__': 'namedtuple_CacheInfo'})

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return f'CacheInfo(hits={self[0]!r}, misses={self[1]!r}, maxsize={self[2]!r}, currsize={self[3]!r})'

    def _asdict(self):
        return {'hits': self[0], 'misses': self[1], 'maxsize': self[2], 'currsize': self[3]}


_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # A Python function (called by the VM as any function is, so deep recursion through it
    # costs frames, not nested loops) that prints as CPython's C wrapper object.
    cache = {}
    stats = [0, 0]

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            # _make_key, inlined for the common case: one frame less per call.
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in (int, str):
                key = args[0]
            else:
                key = args
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            # _make_key, inlined for the common case: one frame less per call.
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in (int, str):
                key = args[0]
            else:
                key = args
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                # Most recently used: moved to the end of the dict's order.
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # Added during the call (recursion): the link is already there.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = _builtin(cache_info)
    wrapper.cache_clear = _builtin(cache_clear)
    return _repr_as(wrapper, 'functools._lru_cache_wrapper')


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


_convert = {
    '__lt__': [('__gt__', lambda self, other: _reflected(self, other, '__lt__', False)),
               ('__le__', lambda self, other: _with_eq(self, other, '__lt__', True)),
               ('__ge__', lambda self, other: _negated(self, other, '__lt__'))],
    '__le__': [('__ge__', lambda self, other: _reflected(self, other, '__le__', True)),
               ('__lt__', lambda self, other: _with_eq(self, other, '__le__', False)),
               ('__gt__', lambda self, other: _negated(self, other, '__le__'))],
    '__gt__': [('__lt__', lambda self, other: _reflected(self, other, '__gt__', False)),
               ('__ge__', lambda self, other: _with_eq(self, other, '__gt__', True)),
               ('__le__', lambda self, other: _negated(self, other, '__gt__'))],
    '__ge__': [('__le__', lambda self, other: _reflected(self, other, '__ge__', True)),
               ('__gt__', lambda self, other: _with_eq(self, other, '__ge__', False)),
               ('__lt__', lambda self, other: _negated(self, other, '__ge__'))],
}


def _reflected(self, other, root, inclusive):
    # a > b from <: not (a < b) and a != b;  a >= b from <=: not (a <= b) or a == b.
    result = getattr(type(self), root)(self, other)
    if result is NotImplemented:
        return result
    return (not result or self == other) if inclusive else (not result and self != other)


def _with_eq(self, other, root, inclusive):
    # a <= b from <: a < b or a == b;  a < b from <=: a <= b and a != b.
    result = getattr(type(self), root)(self, other)
    if result is NotImplemented:
        return result
    return (result or self == other) if inclusive else (result and self != other)


def _negated(self, other, root):
    result = getattr(type(self), root)(self, other)
    if result is NotImplemented:
        return result
    return not result


_GENERATED_NAMES = {
    ('__lt__', '__gt__'): '_gt_from_lt', ('__lt__', '__le__'): '_le_from_lt', ('__lt__', '__ge__'): '_ge_from_lt',
    ('__le__', '__ge__'): '_ge_from_le', ('__le__', '__lt__'): '_lt_from_le', ('__le__', '__gt__'): '_gt_from_le',
    ('__gt__', '__lt__'): '_lt_from_gt', ('__gt__', '__ge__'): '_ge_from_gt', ('__gt__', '__le__'): '_le_from_gt',
    ('__ge__', '__le__'): '_le_from_ge', ('__ge__', '__gt__'): '_gt_from_ge', ('__ge__', '__lt__'): '_lt_from_ge',
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {op for op in _convert
             if any(op in base.__dict__ for base in cls.__mro__ if base is not object)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, make in _convert[root]:
        if opname not in roots:
            def method(self, other, _make=make):
                return _make(self, other)
            method.__name__ = opname
            method.__qualname__ = _GENERATED_NAMES[(root, opname)]
            setattr(cls, opname, method)
    return cls


def _dispatch_type(registry, cls):
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry[object]


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {object: func}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        return _dispatch_type(registry, cls)

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func"""
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class.')
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.')
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = lambda: None
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            message = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                       f'instance to cache {self.attrname!r} property.')
            raise TypeError(message) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            cache[self.attrname] = value
        return value



