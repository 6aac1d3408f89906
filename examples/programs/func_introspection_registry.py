# A command registry that builds its help text and argument handling from
# function introspection: names, docstrings, defaults, keyword-only defaults,
# annotations and code objects.
REGISTRY = {}


def command(fn=None, *, name=None):
    def register(f):
        key = name or f.__name__.replace("_", "-")
        REGISTRY[key] = f
        f.command_name = key
        return f
    return register(fn) if fn is not None else register


@command
def add_user(username: str, age: int = 18, *, admin: bool = False):
    """Create a user account."""
    return f"user {username} ({age}){' [admin]' if admin else ''}"


@command(name="rm")
def remove(path, *paths, force=False):
    """Remove one or more files."""
    return f"removed {', '.join((path,) + paths)}{' (forced)' if force else ''}"


@command
def stats(*numbers: float) -> dict:
    total = sum(numbers)
    return {"n": len(numbers), "mean": total / len(numbers) if numbers else None}


def usage(fn):
    code = fn.__code__
    params = list(code.co_varnames[:code.co_argcount])
    defaults = fn.__defaults__ or ()
    shown = []
    for i, p in enumerate(params):
        d = i - (len(params) - len(defaults))
        shown.append(f"[{p}={defaults[d]!r}]" if d >= 0 else f"<{p}>")
    if code.co_flags & 0x04:
        shown.append(f"[{code.co_varnames[code.co_argcount + code.co_kwonlyargcount]}...]")
    for k, v in (fn.__kwdefaults__ or {}).items():
        shown.append(f"[--{k}={v!r}]")
    return f"{fn.command_name} {' '.join(shown)}"


def invoke(line):
    words = line.split()
    fn = REGISTRY[words[0]]
    args, kwargs = [], {}
    hints = fn.__annotations__
    for w in words[1:]:
        if w.startswith("--"):
            kwargs[w[2:]] = True
        else:
            args.append(w)
    names = fn.__code__.co_varnames
    for i, a in enumerate(args):
        hint = hints.get(names[min(i, fn.__code__.co_argcount)])
        if hint in (int, float):
            args[i] = hint(a)
    return fn(*args, **kwargs)


for key, fn in REGISTRY.items():
    print(f"{usage(fn):45} {fn.__doc__ or '(no help)'}")
print(invoke("add-user ada 36 --admin"))
print(invoke("rm a.txt b.txt --force"))
print(invoke("stats 1 2 3.5"))
print(stats.__annotations__, add_user.__kwdefaults__)
print([f.__qualname__ for f in REGISTRY.values()], remove.__module__)
print(command.__code__.co_kwonlyargcount, command.__defaults__, command.__kwdefaults__)
doc_lambda = lambda: "first constant"
print(repr(doc_lambda.__doc__), repr(usage.__doc__))
