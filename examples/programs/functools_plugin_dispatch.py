# A tiny report formatter built on functools.singledispatch and partial; an unsupported
# value type ends the program with the dispatcher's own error.
from functools import partial, reduce, singledispatch, wraps


@singledispatch
def render(value):
    raise TypeError(f"cannot render {type(value).__name__}")


@render.register
def _(value: int):
    return f"{value:,}"


@render.register
def _(value: float):
    return f"{value:.2f}"


@render.register(list)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register(dict)
def _(value):
    return "{" + "; ".join(f"{k}={render(v)}" for k, v in value.items()) + "}"


@render.register(str)
def _(value):
    return value.upper()


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__} -> {result}")
        return result
    return inner


@logged
def line(label, value, width=10):
    """Render one report line."""
    return f"{label:<{width}}{render(value)}"


print(line("count", 1234567))
print(line("ratio", 0.4567))
print(line("names", ["ann", "bo"]))
narrow = partial(line, width=6)
print(narrow("cfg", {"a": 1, "b": 2.5}))
print(line.__name__, line.__doc__, narrow)
print(render.dispatch(bool).__name__, render.dispatch(object) is render.registry[object])
total = reduce(lambda acc, kv: acc + kv[1], {"x": 3, "y": 4}.items(), 0)
print("total", render(total))
print(render(True))
print(line("when", (2024, 1)))
