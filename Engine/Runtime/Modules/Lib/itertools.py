"""Functions creating iterators for efficient looping (CPython writes them in C: each is a type
whose objects are their own lazy iterators)."""

from _sandbox import c_type as _c_type
import sys as _sys
from _sandbox import builtin as _builtin

_MISSING = object()


def _self(self):
    return self


def _next_of_generator(self):
    # Most of the types below step a private generator: their state is its frame.
    return next(self._gen)


def _index(value, message):
    # islice's arguments: None or an int in 0..sys.maxsize, else ValueError with its message.
    if value is None:
        return None
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise ValueError(message) from None
    if value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


@_c_type
class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float, complex)) and not hasattr(value, '__add__'):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    __iter__ = _self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'count({self._value!r})'
        return f'count({self._value!r}, {self._step!r})'


@_c_type
class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /, *rest, **kwargs):
        _no_keywords('cycle', kwargs)
        if rest:
            raise TypeError(f'cycle expected 1 argument, got {1 + len(rest)}')
        self._gen = cycle._run(iter(iterable))

    @staticmethod
    def _run(source):
        saved = []
        for element in source:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object for the specified
    number of times.  If not specified, returns the object endlessly."""

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = object
        if times is None:
            self._times = None
        else:
            times = times.__index__() if not isinstance(times, int) else times
            self._times = times if times > 0 else 0

    __iter__ = _self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


@_c_type
class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = accumulate._run(iter(iterable), func, initial)

    @staticmethod
    def _run(source, func, total):
        if total is not None:
            yield total
        else:
            for total in source:
                yield total
                break
            else:
                return
        for element in source:
            total = total + element if func is None else func(total, element)
            yield total

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class chain:
    """Return a chain object whose .__next__() method returns elements from the first iterable
    until it is exhausted, then elements from the next iterable, until all of the iterables are
    exhausted."""

    def __init__(self, *iterables, **kwargs):
        _no_keywords('chain', kwargs)
        self._gen = chain._run(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        result = cls.__new__(cls)
        result._gen = chain._run(iter(iterable))
        return result

    @staticmethod
    def _run(sources):
        for source in sources:
            for element in source:
                yield element

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._gen = compress._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for element in data:
            for selector in selectors:
                break
            else:
                return
            if selector:
                yield element

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /, **kwargs):
        _no_keywords('dropwhile', kwargs)
        self._gen = dropwhile._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, source):
        for element in source:
            if not predicate(element):
                yield element
                break
        for element in source:
            yield element

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /, **kwargs):
        _no_keywords('takewhile', kwargs)
        self._gen = takewhile._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, source):
        for element in source:
            if not predicate(element):
                return
            yield element

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /, **kwargs):
        _no_keywords('filterfalse', kwargs)
        self._gen = filterfalse._run(function, iter(iterable))

    @staticmethod
    def _run(function, source):
        for element in source:
            if not (element if function is None else function(element)):
                yield element

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument
    tuple taken from the given sequence."""

    def __init__(self, function, iterable, /, **kwargs):
        _no_keywords('starmap', kwargs)
        self._gen = starmap._run(function, iter(iterable))

    @staticmethod
    def _run(function, source):
        for args in source:
            yield function(*args)

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kwargs):
        _no_keywords('islice', kwargs)
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        stop_message = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        index_message = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if len(args) == 2:
            start, stop, step = 0, _index(args[1], stop_message), 1
        else:
            start = _index(args[1], index_message)
            stop = _index(args[2], stop_message)
            step = args[3] if len(args) == 4 else None
            if step is not None:
                if not isinstance(step, int):
                    try:
                        step = step.__index__()
                    except AttributeError:
                        step = -1
                if step <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
            if start is None:
                start = 0
            if step is None:
                step = 1
        self._gen = islice._run(iter(args[0]), start, stop, step)

    @staticmethod
    def _run(source, start, stop, step):
        # islice_next: skip up to the next wanted index, stop at stop; the skipped items are read.
        position = 0
        wanted = start
        while True:
            while position < wanted:
                for element in source:
                    break
                else:
                    return
                position += 1
            if stop is not None and position >= stop:
                return
            for element in source:
                break
            else:
                return
            position += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield element

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable, /):
        self._gen = pairwise._run(iter(iterable))

    @staticmethod
    def _run(source):
        for previous in source:
            break
        else:
            return
        for element in source:
            yield (previous, element)
            previous = element

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th
    element comes from the i-th iterable argument, filled with fillvalue past the shorter ones."""

    def __init__(self, *iterables, fillvalue=None, **kwargs):
        if kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        self._gen = zip_longest._run([iter(i) for i in iterables], fillvalue)

    @staticmethod
    def _run(sources, fillvalue):
        active = len(sources)
        if not active:
            return
        while True:
            row = []
            for i, source in enumerate(sources):
                if source is None:
                    row.append(fillvalue)
                    continue
                for element in source:
                    row.append(element)
                    break
                else:
                    active -= 1
                    if not active:
                        return
                    sources[i] = None
                    row.append(fillvalue)
            yield tuple(row)

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._key = key
        self._target = self._current_key = self._current_value = _MISSING
        self._grouper = None

    __iter__ = _self

    def _step(self):
        # Reads one element; False at the end of the input.
        for value in self._source:
            break
        else:
            return False
        self._current_value = value
        self._current_key = value if self._key is None else self._key(value)
        return True

    def __next__(self):
        self._grouper = None
        # Skips the rest of the current group (what its grouper did not read).
        while True:
            if self._current_key is _MISSING:
                pass
            elif self._target is _MISSING or not _same(self._target, self._current_key):
                break
            if not self._step():
                raise StopIteration
        self._target = self._current_key
        grouper = _grouper(self, self._target)
        self._grouper = grouper
        return (self._current_key, grouper)


@_c_type
class _grouper:
    def __init__(self, parent, target):
        self._parent = parent
        self._target = target

    __iter__ = _self

    def __next__(self):
        parent = self._parent
        # Once the groupby moved on, this group is over.
        if parent._grouper is not self:
            raise StopIteration
        if parent._current_value is _MISSING:
            if not parent._step():
                raise StopIteration
        if not _same(self._target, parent._current_key):
            raise StopIteration
        value = parent._current_value
        parent._current_value = _MISSING
        parent._current_key = _MISSING
        return value




def _same(a, b):
    # PyObject_RichCompareBool: identity first, then ==.
    return a is b or a == b


class _tee_link:
    __slots__ = ('value', 'next')


@_c_type
class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = iter(iterable)
            self._link = _tee_link()
            self._link.next = None

    __iter__ = _self

    def __next__(self):
        link = self._link
        if link.next is None:
            for value in self._source:
                break
            else:
                raise StopIteration
            link.value = value
            following = _tee_link()
            following.next = None
            link.next = following
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self)


@_builtin
def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    first = _tee(iterable)
    return tuple([first] + [_tee(first) for _ in range(n - 1)])


@_c_type
class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = product._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        indices = [0] * len(pools)
        yield tuple(pool[0] for pool in pools)
        while True:
            i = len(pools) - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pool[k] for pool, k in zip(pools, indices))

    __iter__ = _self
    __next__ = _next_of_generator


def _r_argument(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


@_c_type
class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        self._gen = permutations._run(pool, _r_argument(r, len(pool)))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return

    __iter__ = _self
    __next__ = _next_of_generator


def _combinations_r(name, r):
    if r is _MISSING:
        raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


@_c_type
class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        r = _combinations_r('combinations', r)
        pool = tuple(iterable)
        self._gen = combinations._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)

    __iter__ = _self
    __next__ = _next_of_generator


@_c_type
class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual
    elements to have successive repeats."""

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument 'iterable' (pos 1)")
        r = _combinations_r('combinations_with_replacement', r)
        pool = tuple(iterable)
        self._gen = combinations_with_replacement._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)

    __iter__ = _self
    __next__ = _next_of_generator


for _type in (_tee, _grouper):
    _type.__module__ = 'itertools'
del _type
del _builtin
