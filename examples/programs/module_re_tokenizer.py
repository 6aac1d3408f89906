# A tiny arithmetic tokenizer and evaluator built on re.finditer with named groups.
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<op>[-+*/()])|(?P<bad>\S))")


def tokens(text):
    for m in TOKEN.finditer(text):
        if m.lastgroup == "bad":
            raise SyntaxError(f"unexpected {m.group('bad')!r} at {m.start('bad')}")
        yield m.lastgroup, m.group(m.lastgroup)


def evaluate(text):
    toks = list(tokens(text)) + [("end", None)]
    pos = 0

    def peek():
        return toks[pos][1]

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def atom():
        kind, val = take()
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -atom()
        return float(val)

    def term():
        v = atom()
        while peek() in ("*", "/"):
            v = v * atom() if take()[1] == "*" else v / atom()
        return v

    def expr():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take()[1] == "+" else v - term()
        return v

    return expr()


for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - -2", "2 * (3 + 4) * 5"]:
    print(e, "=", evaluate(e), list(tokens(e))[:3])
print(evaluate("3 $ 4"))
