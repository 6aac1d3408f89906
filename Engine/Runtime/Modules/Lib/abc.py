"""Abstract Base Classes (PEP 3119): ABCMeta, ABC and the abstract decorators.

CPython keeps an ABC's registry and caches in C (_abc); here they live in an _abc_data object
stored as the class's _abc_impl, as there. Strong sets stand in for the weak ones: a run is
short-lived and classes are few.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

# Functions whose __isabstractmethod__ attribute could not be set (a runtime whose functions
# take no attributes): id -> function, the function kept alive so the id stays its own.
_marked = {}


def _mark(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        _marked[id(funcobj)] = funcobj


def _isabstract(value):
    """Whether a class attribute counts as abstract (its __isabstractmethod__ is true)."""
    if value is None:
        return False
    if getattr(value, '__isabstractmethod__', False):
        return True
    if _marked.get(id(value)) is value:
        return True
    if isinstance(value, property):
        return _isabstract(value.fget) or _isabstract(value.fset) or _isabstract(value.fdel)
    # classmethod, staticmethod and bound methods: their function decides.
    func = getattr(value, '__func__', None)
    if func is not None and func is not value:
        return _isabstract(func)
    return False


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class whose metaclass is ABCMeta cannot be instantiated while any of its abstract
    methods are not overridden."""
    _mark(funcobj)
    return funcobj


def _abstract_decorators():
    class abstractclassmethod(classmethod):
        """A decorator indicating abstract classmethods (deprecated: use classmethod with abstractmethod)."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            _mark(callable)
            super().__init__(callable)

    class abstractstaticmethod(staticmethod):
        """A decorator indicating abstract staticmethods (deprecated: use staticmethod with abstractmethod)."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            _mark(callable)
            super().__init__(callable)

    class abstractproperty(property):
        """A decorator indicating abstract properties (deprecated: use property with abstractmethod)."""

        __isabstractmethod__ = True

    abstractproperty(None)  # raises TypeError where property cannot be subclassed
    return abstractclassmethod, abstractstaticmethod, abstractproperty


def _abstract_decorator_functions():
    # For a runtime that cannot subclass these builtin types: the plain descriptor over an
    # abstract function, which _isabstract recognises all the same.
    def abstractclassmethod(callable):
        return classmethod(abstractmethod(callable))

    def abstractstaticmethod(callable):
        return staticmethod(abstractmethod(callable))

    def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
        return property(fget and abstractmethod(fget), fset, fdel, doc)

    return abstractclassmethod, abstractstaticmethod, abstractproperty


try:
    abstractclassmethod, abstractstaticmethod, abstractproperty = _abstract_decorators()
except TypeError:
    abstractclassmethod, abstractstaticmethod, abstractproperty = _abstract_decorator_functions()


class _abc_data:
    """The registry and caches of one ABC."""

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = ABCMeta._abc_invalidation_counter
        # The ABCs made with this one among their bases (type.__subclasses__ for ABCs).
        self.subclasses = []


def get_cache_token():
    """The current ABC cache token: it changes whenever an ABC registers a class."""
    return ABCMeta._abc_invalidation_counter


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items if _isabstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _isabstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    An ABC can be subclassed directly, or virtual subclasses can be registered with its
    register() method; either way issubclass() and isinstance() then answer True."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _abc_data()
        for base in bases:
            impl = base.__dict__.get('_abc_impl')
            if impl is not None:
                impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow usage as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
            (impl.cache if ok else impl.negative_cache).add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in impl.subclasses:
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class (after methods were added to it)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _isabstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
