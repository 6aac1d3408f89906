# A command dispatcher that ends with sys.exit and a message.
import sys

COMMANDS = {}


def command(fn):
    COMMANDS[fn.__name__] = fn
    return fn


@command
def add(a, b):
    return int(a) + int(b)


@command
def greet(name):
    return f"hello, {name}"


def main(argv):
    if not argv:
        return "usage: prog COMMAND ARGS..."
    name, *args = argv
    if name not in COMMANDS:
        return f"unknown command {name!r}; try {sorted(COMMANDS)}"
    print(COMMANDS[name](*args))
    return 0


for argv in (["add", "2", "40"], ["greet", "world"], [], ["mul", "2", "3"]):
    print(argv, "->", main(argv))
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
sys.exit(main(["frobnicate"]))
