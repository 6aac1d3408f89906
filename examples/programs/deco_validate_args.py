# Decorators with arguments that check argument types from annotations and count calls.
import functools


def typechecked(func):
    hints = func.__annotations__

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        names = func.__code__.co_varnames[: func.__code__.co_argcount]
        bound = dict(zip(names, args))
        bound.update(kwargs)
        for name, value in bound.items():
            expected = hints.get(name)
            if expected is not None and not isinstance(value, expected):
                raise TypeError(f"{func.__name__}(): {name}={value!r} is not {expected.__name__}")
        result = func(*args, **kwargs)
        if "return" in hints and not isinstance(result, hints["return"]):
            raise TypeError(f"{func.__name__}() returned {type(result).__name__}")
        return result

    return wrapper


def counted(label):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wrapper.calls += 1
            return func(*args, **kwargs)

        wrapper.calls = 0
        wrapper.label = label
        return wrapper

    return decorate


@counted("geometry")
@typechecked
def area(width: int, height: int) -> int:
    """Area of a width x height rectangle."""
    return width * height


@typechecked
def greet(name: str, times: int = 1) -> str:
    return " ".join([f"hi {name}"] * times)


@typechecked
def halve(n: int) -> int:
    return n / 2


print(area(3, 4), area(width=2, height=5), area.calls, area.label)
print(area.__name__, area.__doc__, area.__wrapped__.__name__, area.__annotations__)
print(greet("ada"), greet("bob", times=2))
for call in (lambda: area(2.5, 2), lambda: greet(5), lambda: halve(3)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(area.calls, halve(4) if False else "skip")


def once(func):
    done = []

    @functools.wraps(func)
    def wrapper(*args):
        if not done:
            done.append(func(*args))
        return done[0]

    return wrapper


@once
def setup(name):
    print("  setting up", name)
    return name.upper()


print(setup("db"), setup("cache"), setup.__wrapped__("x"))
print(greet("eve", 3.0))
