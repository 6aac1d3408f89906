# A recursive-descent parser and evaluator for arithmetic with variables and parentheses.
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/()]))")


def tokenize(text):
    pos, tokens = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"bad character {text[pos]!r} at {pos}")
        number, name, op = m.groups()
        tokens.append(("num", float(number)) if number else ("name", name) if name else ("op", op))
        pos = m.end()
    return tokens


class Parser:
    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            value = value + self.term() if self.take()[1] == "+" else value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            value = value * self.power() if self.take()[1] == "*" else value / self.power()
        return value

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            return self.env[value]
        if value == "(":
            inner = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected ')'")
            return inner
        raise SyntaxError(f"unexpected {value!r}")


env = {"x": 3, "y": 4, "pi": 3.14159}
for text in ("1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "pi * 2 / (x - 1)"):
    print(f"{text:18} = {Parser(text, env).expr()}")
for text in ("1 +", "2 $ 3", "(1 + 2", "z + 1"):
    try:
        print(Parser(text, env).expr())
    except (SyntaxError, KeyError) as e:
        print(f"{text!r}: {type(e).__name__}: {e}")
print(tokenize("a1 + 22.5*(b)"))
print(Parser("x / (y - 4)", env).expr())
