"""Generic (shallow and deep) copying operations.

copy(x) and deepcopy(x) follow CPython's copy module: a table of types copied directly, then
__copy__ / __deepcopy__, then the reduce protocol (copyreg's dispatch table, __reduce_ex__,
__reduce__, or object's default reduction) rebuilt by _reconstruct. deepcopy keeps a memo
(id -> copy) so shared and cyclic structures stay shared and cyclic in the copy.
"""

import copyreg
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]

_NoneType = type(None)
try:
    _bytearray = bytearray
except NameError:  # a runtime without bytearray yet
    _bytearray = None
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)
del _Probe


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    else:
        rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in (_NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
          slice, property, _BuiltinFunctionType, _EllipsisType, _NotImplementedType,
          _FunctionType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
if _bytearray is not None:
    d[_bytearray] = _bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = dispatch_table.get(cls)
            if reductor:
                rv = reductor(x)
            else:
                rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If it is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (_NoneType, _EllipsisType, _NotImplementedType, int, float, bool, complex, bytes, str,
          type, range, _BuiltinFunctionType, _FunctionType, property):
    d[t] = _deepcopy_atomic
del t


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A cycle through the tuple may have copied it already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_MethodType] = _deepcopy_method
del d


def _keep_alive(x, memo):
    """Keeps x alive in the memo (under the memo's own id), so its id is not reused while the
    memo maps it."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# What object.__reduce_ex__(4) returns, for the types a program can subclass or instantiate.
def _reduce(x, cls):
    for klass in cls.__mro__:
        if klass is object or klass.__module__ == 'builtins':
            break
        namespace = klass.__dict__
        if '__reduce_ex__' in namespace:
            return x.__reduce_ex__(4)
        if '__reduce__' in namespace:
            return x.__reduce__()
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _instance_dict(x))
    if _bytearray is not None and isinstance(x, _bytearray):
        return (cls, (bytes(x),), _instance_dict(x))
    if isinstance(x, slice):
        return (slice, (x.start, x.stop, x.step))
    base = _builtin_base(cls)
    if base is not object and base not in _newobj_bases:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func, args = (copyreg.__newobj_ex__, (cls, tuple(args), kwargs)) if kwargs else (copyreg.__newobj__, (cls, *args))
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = tuple(getnewargs())
        elif base in (list, dict, object):
            args = ()
        else:
            args = (base(x),)
        func, args = copyreg.__newobj__, (cls, *args)
    state = _getstate(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, args, state, listitems, dictitems)


_newobj_bases = (object, list, dict, int, float, complex, str, bytes, tuple, bool)


def _builtin_base(cls):
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            return klass
    return object


def _instance_dict(x):
    try:
        state = x.__dict__
    except AttributeError:
        return None
    return state or None


def _getstate(x, cls):
    getstate = None
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            break
        if '__getstate__' in klass.__dict__:
            getstate = klass.__dict__['__getstate__']
            break
    if getstate is not None:
        return x.__getstate__()
    state = _instance_dict(x)
    slots = {}
    for name in copyreg._slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del _NoneType, _EllipsisType, _NotImplementedType, _FunctionType, _BuiltinFunctionType, _MethodType
