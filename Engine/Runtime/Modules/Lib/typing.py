"""Type hints: the names a program annotates with, and their reprs, as CPython 3.11 has them.

At run time these are plain objects: subscription builds aliases that print as typing.List[int]
and remember their origin and arguments; nothing is checked.
"""

from _sandbox import exec_string

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'Union', 'Dict', 'List', 'Set', 'FrozenSet', 'Iterable',
           'Iterator', 'Generator', 'Sequence', 'Mapping', 'MutableMapping', 'MutableSequence',
           'NamedTuple', 'TypedDict', 'NewType', 'cast', 'overload', 'get_type_hints',
           'runtime_checkable', 'TYPE_CHECKING', 'AnyStr', 'Hashable', 'Sized', 'Collection',
           'Container', 'Reversible', 'Deque', 'DefaultDict', 'Counter', 'OrderedDict', 'NoReturn',
           'final', 'no_type_check', 'get_origin', 'get_args']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """An annotation written as a string, evaluated later (get_type_hints)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        if globalns is None and localns is None:
            globalns = localns = {}
        elif globalns is None:
            globalns = localns
        elif localns is None:
            localns = globalns
        value = eval(self.__forward_code__, globalns, localns)
        return _eval_hint(value, globalns, localns)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _SpecialForm:
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""


class _GenericAlias:
    """typing.List[int] and friends: an origin and its arguments."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in bases and isinstance(self.__origin__, type) and issubclass(self.__origin__, Generic):
                pass
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name', '_inst', '__parameters__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'


_TypingEllipsis = object()


class _SpecialGenericAlias:
    """typing.List itself: subscripting it gives typing.List[X]."""

    def __init__(self, origin, nparams, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr in ('__origin__', '_name', '_inst', '_nparams'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0], ''), _TypingEllipsis), name='Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p, '') for p in params), name='Tuple')


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (_TypingEllipsis, _type_check(result, '')), name='Callable')
        return _CallableGenericAlias(self.__origin__, tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),), name='Callable')


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in params:
                params.append(item)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params), name='Union' if not (len(params) == 2 and type(None) in params) else 'Optional')


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, '')
    return Union[arg, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, name='Literal')


def _one_getitem(name):
    def getitem(self, parameters):
        return _GenericAlias(self, (_type_check(parameters, ''),), name=name)
    return getitem


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _one_getitem('ClassVar'))
Final = _SpecialForm('Final', _one_getitem('Final'))
NoReturn = _SpecialForm('NoReturn', _one_getitem('NoReturn'))
Annotated = _SpecialForm('Annotated', _one_getitem('Annotated'))

List = _SpecialGenericAlias(list, 1, name='List')
Dict = _SpecialGenericAlias(dict, 2, name='Dict')
Set = _SpecialGenericAlias(set, 1, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, name='FrozenSet')
Tuple = _TupleAlias(tuple, -1, inst=False, name='Tuple')
Type = _SpecialGenericAlias(type, 1, name='Type')


class _AbstractStandIn:
    """The origin of typing.Iterable and friends where collections.abc is not at hand."""


def _abc(name, methods):
    def check(cls, other):
        return all(any(m in c.__dict__ for c in type(other).__mro__) for m in methods)
    meta = type(name + 'Meta', (type,), {'__instancecheck__': check, '__repr__': lambda cls: f"<class 'collections.abc.{name}'>"})
    return meta(name, (), {'__module__': 'collections.abc'})


Hashable = _SpecialGenericAlias(_abc('Hashable', ('__hash__',)), 0, name='Hashable')
Sized = _SpecialGenericAlias(_abc('Sized', ('__len__',)), 0, name='Sized')
Iterable = _SpecialGenericAlias(_abc('Iterable', ('__iter__',)), 1, name='Iterable')
Iterator = _SpecialGenericAlias(_abc('Iterator', ('__next__', '__iter__')), 1, name='Iterator')
Reversible = _SpecialGenericAlias(_abc('Reversible', ('__reversed__',)), 1, name='Reversible')
Container = _SpecialGenericAlias(_abc('Container', ('__contains__',)), 1, name='Container')
Collection = _SpecialGenericAlias(_abc('Collection', ('__len__', '__iter__', '__contains__')), 1, name='Collection')
Generator = _SpecialGenericAlias(_abc('Generator', ('send', 'throw')), 3, name='Generator')
Sequence = _SpecialGenericAlias(_abc('Sequence', ('__getitem__', '__len__')), 1, name='Sequence')
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence', ('__setitem__', '__len__', 'insert')), 1, name='MutableSequence')
Mapping = _SpecialGenericAlias(_abc('Mapping', ('__getitem__', 'keys', 'items')), 2, name='Mapping')
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping', ('__setitem__', 'keys', 'items')), 2, name='MutableMapping')
Callable = _CallableAlias(_abc('Callable', ('__call__',)), 2, name='Callable')
AnyStr = None


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for a in getattr(base, '__parameters__', ()):
                if a not in tvars:
                    tvars.append(a)
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False) and getattr(cls, '_is_runtime_protocol', False):
            if issubclass(type(instance), cls):
                return True
            return _protocol_isinstance(cls, instance)
        if getattr(cls, '_is_protocol', False) and cls.__dict__.get('_is_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        return type.__instancecheck__(cls, instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
                    '_is_runtime_protocol', '__dict__', '__args__', '__slots__', '__next_in_mro__',
                    '__parameters__', '__origin__', '__orig_bases__', '__extra__', '__tree_hash__',
                    '__doc__', '__subclasshook__', '__init__', '__new__', '__module__',
                    '_MutableMapping__marker', '__qualname__', '__init_subclass__',
                    '__protocol_attrs__', '__class_getitem__'):
                attrs.add(attr)
    return attrs


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _protocol_isinstance(cls, instance):
    for attr in _protocol_attrs(cls):
        if not hasattr(instance, attr):
            return False
        if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
            return False
    return True


def cast(typ, val):
    """Cast a value to a type."""
    return val


def overload(func):
    """Decorator for overloaded functions/methods."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    return getattr(tp, '__origin__', None)


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return getattr(tp, '__args__', ())


def _eval_hint(value, globalns, localns):
    """An annotation's value: None as NoneType, a string evaluated (as CPython's ForwardRef is,
    compiled under "<string>") in the given namespaces."""
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def _module_globals(name):
    import sys
    module = getattr(sys, 'modules', {}).get(name)
    return getattr(module, '__dict__', {}) if module is not None else {}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = _module_globals(base.__module__) if globalns is None else globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
    if globalns is None:
        globalns = getattr(obj, '__globals__', {})
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


class _tuplegetter:
    """A namedtuple field: the item at its index, read-only (CPython's C _tuplegetter)."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _namedtuple(typename, field_names, *, defaults=None, module=None):
    """collections.namedtuple as typing.NamedTuple uses it."""
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__
    namespace = {'_tuple_new': tuple_new, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = exec_string(code, namespace, 'eval')
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = tuple(defaults)
    field_defaults = {}
    if defaults:
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    for method in (_replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'
    result.__module__ = module if module is not None else '__main__'
    return result


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _namedtuple(typename, types.keys(), defaults=[ns[n] for n in default_names],
                             module=ns['__module__'])
        nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
        for key in ns:
            if key in ('__module__', '__qualname__', '__annotations__', '__new__', '__init__',
                       '__slots__', '__getnewargs__', '_fields', '_field_defaults', '_make',
                       '_replace', '_asdict', '_source'):
                continue
            if key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        nm_tpl.__qualname__ = ns.get('__qualname__', typename)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    types = {n: t for n, t in fields}
    nt = _namedtuple(typename, types.keys(), module='__main__')
    nt.__annotations__ = nt.__new__.__annotations__ = types
    return nt


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        if total:
            required.update(own.keys())
        else:
            optional.update(own.keys())
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)

Deque = None
DefaultDict = None
OrderedDict = None
Counter = None
Text = str
