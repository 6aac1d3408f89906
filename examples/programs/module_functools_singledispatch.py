# A pretty printer dispatched on type with functools.singledispatch, plus wraps.
import functools


@functools.singledispatch
def show(value, indent=0):
    return " " * indent + repr(value)


@show.register
def _(value: list, indent=0):
    lines = [" " * indent + "["]
    for item in value:
        lines.append(show(item, indent + 2))
    lines.append(" " * indent + "]")
    return "\n".join(lines)


@show.register
def _(value: dict, indent=0):
    lines = [" " * indent + "{"]
    for k, v in value.items():
        lines.append(" " * (indent + 2) + f"{k}:")
        lines.append(show(v, indent + 4))
    lines.append(" " * indent + "}")
    return "\n".join(lines)


@show.register(float)
def _(value, indent=0):
    return " " * indent + f"{value:.2f}"


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(show({"name": "box", "dims": [1.5, 2.25, 3], "tags": ["a", "b"]}))
print(area(3, 4), area.__name__, area.__doc__)
print(show.dispatch(bool).__name__, show.dispatch(float) is show.registry[float])
