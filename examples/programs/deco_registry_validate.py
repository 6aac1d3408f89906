# Decorators that register routes and validate argument types from annotations.
import inspect

ROUTES = {}


def route(path):
    def register(fn):
        ROUTES[path] = fn
        return fn
    return register


def typed(fn):
    sig = inspect.signature(fn)

    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            kind = fn.__annotations__.get(name)
            if kind and not isinstance(value, kind):
                raise TypeError(f"{fn.__name__}(): {name}={value!r} is not {kind.__name__}")
        return fn(*args, **kwargs)
    return wrapper


@route("/add")
@typed
def add(a: int, b: int):
    return a + b


@route("/greet")
@typed
def greet(name: str, punct: str = "!"):
    return f"hello {name}{punct}"


print(sorted(ROUTES))
print(ROUTES["/add"](2, 3), ROUTES["/greet"]("ann"), ROUTES["/greet"](name="bob", punct="?"))
print(inspect.signature(greet.__call__) if False else str(inspect.signature(add)))
print(ROUTES["/add"](2, "3"))
