# A tiny line calculator driven by input(): each line is "a op b" or a command. When the real
# stdin is empty, the session below is fed through sys.stdin, as a test harness would.
import io
import sys

SESSION = "3 + 4\n10 / 4\n2 ** 10\nmem\n7 % 3\nbad line\n9 - 12\nquit\n"

if not sys.stdin.readline():
    sys.stdin = io.StringIO(SESSION)

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}
memory = []


def evaluate(text):
    left, op, right = text.split()
    a, b = float(left), float(right)
    if op not in OPS:
        raise ValueError(f"unknown operator {op!r}")
    result = OPS[op](a, b)
    return int(result) if result == int(result) else result


while True:
    try:
        line = input("calc> ")
    except EOFError:
        print("\n(end of input)")
        break
    print(line)
    if line == "quit":
        print("bye")
        break
    if line == "mem":
        print("   memory:", memory)
        continue
    try:
        value = evaluate(line)
    except ValueError as exc:
        print("   error:", exc)
        continue
    memory.append(value)
    print("   =", value)

print("results:", len(memory), "sum:", sum(memory))
