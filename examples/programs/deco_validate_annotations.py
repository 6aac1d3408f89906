# A decorator that checks call arguments against the function's annotations,
# fills defaults from __defaults__ / __kwdefaults__, and reports through __code__.
def validated(fn):
    code = fn.__code__
    names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    hints = fn.__annotations__
    defaults = dict(zip(names[code.co_argcount - len(fn.__defaults__ or ()):code.co_argcount], fn.__defaults__ or ()))
    defaults.update(fn.__kwdefaults__ or {})

    def wrapper(*args, **kwargs):
        bound = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in names:
                return f"{fn.__name__}: unexpected argument {key!r}"
            bound[key] = value
        for name in names:
            if name not in bound:
                if name not in defaults:
                    return f"{fn.__name__}: missing {name!r}"
                bound[name] = defaults[name]
            expected = hints.get(name)
            if expected is not None and not isinstance(bound[name], expected):
                return (f"{fn.__name__}: {name}={bound[name]!r} is not "
                        f"{expected.__name__}")
        result = fn(*args, **kwargs)
        if "return" in hints and not isinstance(result, hints["return"]):
            return f"{fn.__name__}: bad return {result!r}"
        return result

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.signature = ", ".join(
        f"{n}: {hints[n].__name__}" if n in hints else n for n in names)
    return wrapper


@validated
def transfer(amount: int, source: str, target: str = "savings", *, fee: float = 0.5) -> str:
    """Move money between accounts."""
    return f"{amount} {source}->{target} (fee {fee})"


@validated
def scale(values: list, factor: float = 2.0) -> list:
    return [v * factor for v in values]


@validated
def broken(x: int) -> int:
    return str(x)


print(transfer.__name__, "|", transfer.__doc__, "|", transfer.signature)
print(transfer(100, "checking"))
print(transfer(5, "cash", "wallet", fee=0.0))
print(transfer("100", "checking"))
print(transfer(100, "checking", fee=1))
print(transfer(100))
print(transfer(1, "a", bonus=3))
print(scale([1, 2, 3]), scale([1.5], factor=4.0), scale((1, 2)))
print(broken(3))
code = transfer.__wrapped__.__code__ if hasattr(transfer, "__wrapped__") else None
print(code, scale.__module__, scale.__defaults__, scale.__kwdefaults__)
raw = validated.__code__
print(raw.co_name, raw.co_argcount, raw.co_firstlineno, raw.co_nlocals, raw.co_freevars)
