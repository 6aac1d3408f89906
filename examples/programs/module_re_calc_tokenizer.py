# Tokenize and evaluate arithmetic with a master regular expression and match.lastgroup.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[-+*/^()]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))


class CalcError(Exception):
    pass


def tokenize(text):
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise CalcError(f"unexpected {m.group()!r} at column {m.start()}")
        yield kind, m.group()


class Parser:
    def __init__(self, text, env):
        self.tokens = list(tokenize(text))
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else None

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek() in ("*", "/"):
            op = self.take()[1]
            value = value * self.power() if op == "*" else value / self.power()
        return value

    def power(self):
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.power()
        return base

    def atom(self):
        kind, text = self.take()
        if kind == "NUMBER":
            return float(text) if "." in text else int(text)
        if kind == "NAME":
            return self.env[text]
        if text == "(":
            value = self.expr()
            self.take()
            return value
        if text == "-":
            return -self.atom()
        raise CalcError(f"unexpected token {text!r}")


env = {"x": 3, "rate": 0.5}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * x - rate", "10 / 4 + -x"]:
    print(f"{source:<14} = {Parser(source, env).expr()}")

print(list(tokenize("area = pi * r^2")))
print(Parser("7 % 2", env).expr())
