# Class decorators and __init_subclass__ that register command handlers and add methods.
COMMANDS = {}


def command(name=None, *, aliases=()):
    def register(cls):
        key = name or cls.__name__.lower()
        for k in (key, *aliases):
            if k in COMMANDS:
                raise KeyError(f"command {k!r} already registered by {COMMANDS[k].__name__}")
            COMMANDS[k] = cls
        cls.command_name = key
        return cls
    return register


def add_repr(cls):
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({args})"
    cls.__repr__ = __repr__
    return cls


class Handler:
    subclasses = []

    def __init_subclass__(cls, /, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        Handler.subclasses.append(cls)

    def __init__(self, *args):
        self.args = args

    def run(self):
        return f"{self.command_name} {' '.join(self.args)}".strip()


@command(aliases=("ls", "dir"))
@add_repr
class List(Handler, priority=2):
    pass


@command("rm")
@add_repr
class Remove(Handler, priority=5):
    def run(self):
        return "removed " + ", ".join(self.args)


@command()
class Help(Handler):
    def run(self):
        return "commands: " + " ".join(sorted(COMMANDS))


def dispatch(line):
    name, *args = line.split()
    try:
        cls = COMMANDS[name]
    except KeyError:
        return f"unknown command {name!r}"
    return cls(*args).run()


for line in ("ls -l", "dir", "rm a.txt b.txt", "help", "mv x y"):
    print(f"{line!r:18} -> {dispatch(line)}")
print(List("x"), Remove("y", "z"), repr(Help())[:6])
print([(c.__name__, c.priority) for c in Handler.subclasses])
print(sorted(COMMANDS.items(), key=lambda kv: kv[0])[0], List.command_name)
print(sorted(Handler.subclasses, key=lambda c: -c.priority)[0].__name__)


@command("list")
class Duplicate(Handler):
    pass


@command("ls")
class Clash(Handler):
    pass
