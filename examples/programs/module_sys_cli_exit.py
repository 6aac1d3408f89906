# A command-line tool in miniature: sys.argv is set by the program itself (the sandbox has no
# real arguments), parsed by hand, and sys.exit reports usage errors. The last run exits with
# a message, which ends the program as CPython does: SystemExit, status "error".
import sys


def usage():
    return f"usage: {sys.argv[0]} [--upper] [--repeat N] WORD..."


def main(argv):
    upper = False
    repeat = 1
    words = []
    args = iter(argv[1:])
    for arg in args:
        if arg == "--upper":
            upper = True
        elif arg == "--repeat":
            value = next(args, None)
            if value is None or not value.isdigit():
                sys.exit(f"--repeat needs a number\n{usage()}")
            repeat = int(value)
        elif arg.startswith("--"):
            sys.exit(f"unknown option {arg}")
        else:
            words.append(arg)
    if not words:
        sys.exit(2)
    text = " ".join(words)
    for _ in range(repeat):
        print(text.upper() if upper else text)
    return 0


runs = [
    ["shout", "hello", "world"],
    ["shout", "--upper", "--repeat", "2", "hi"],
    ["shout"],
    ["shout", "--repeat", "x", "hi"],
    ["shout", "--loud", "hi"],
]
for argv in runs:
    sys.argv = argv
    try:
        code = main(sys.argv)
    except SystemExit as exc:
        code = exc.code
    print(f"{' '.join(argv[1:]) or '(no args)'} -> exit {code!r}")

sys.argv = ["shout", "--bogus"]
print("final run:", sys.argv)
sys.exit(main(sys.argv))
