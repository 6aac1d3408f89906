# Validate calls against function signatures before dispatching them, as a small RPC layer would.
import inspect


class ValidationError(Exception):
    pass


def validated(fn):
    sig = inspect.signature(fn)

    def wrapper(*args, **kwargs):
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as exc:
            raise ValidationError(f"{fn.__name__}{sig}: {exc}") from None
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            expected = sig.parameters[name].annotation
            if expected is inspect.Parameter.empty:
                continue
            if not isinstance(value, expected):
                raise ValidationError(f"{fn.__name__}: {name} must be {expected.__name__}, got {type(value).__name__}")
        return fn(*bound.args, **bound.kwargs)

    wrapper.__name__ = fn.__name__
    wrapper.__signature__ = sig
    return wrapper


@validated
def transfer(source: str, target: str, amount: int, *, memo: str = "") -> bool:
    return amount > 0 and source != target


@validated
def scale(values: list, factor: float = 2.0, /) -> list:
    return [v * factor for v in values]


@validated
def tag(name: str, *labels, sep: str = ",", **extra) -> str:
    parts = [name, *labels] + [f"{k}={v}" for k, v in sorted(extra.items())]
    return sep.join(parts)


for fn in (transfer, scale, tag):
    sig = inspect.signature(fn)
    print(f"{fn.__name__}{sig}")
    for param in sig.parameters.values():
        default = "-" if param.default is param.empty else repr(param.default)
        print(f"    {param.name:<8} {str(param.kind):<22} default={default}")

calls = [
    (transfer, ("ann", "bob", 10), {}),
    (transfer, ("ann", "ann"), {"amount": 5, "memo": "self"}),
    (transfer, ("ann",), {"target": "bob"}),
    (transfer, ("ann", "bob", 10, "x"), {}),
    (scale, ([1, 2, 3],), {}),
    (scale, ([1.5],), {"factor": 3.0}),
    (tag, ("job", "a", "b"), {"owner": "cy", "sep": "|"}),
    (tag, (), {"name": 5}),
    (transfer, ("ann", "bob", 2.5), {}),
]
ok = failed = 0
for fn, args, kwargs in calls:
    try:
        result = fn(*args, **kwargs)
        ok += 1
        print("ok  ", fn.__name__, "->", result)
    except ValidationError as exc:
        failed += 1
        print("fail", exc)
print(f"{ok} ok, {failed} rejected")
