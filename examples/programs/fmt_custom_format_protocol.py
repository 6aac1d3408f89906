# Objects that take part in format(): __format__ with their own mini-language, and one without.

class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        # "c" shows the currency code; anything else is a float spec for the amount.
        show_code = spec.endswith("c")
        if show_code:
            spec = spec[:-1]
        text = format(self.cents / 100, spec or ",.2f")
        return f"{text} {self.currency}" if show_code else text

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"


class Vector:
    def __init__(self, *parts):
        self.parts = parts

    def __format__(self, spec):
        inner = ", ".join(format(p, spec) for p in self.parts)
        return f"<{inner}>"

    def __repr__(self):
        return f"Vector{self.parts}"


class Temperature(float):
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self * 9 / 5 + 32, spec[:-1] + "f") + "\u00b0F"
        return super().__format__(spec) + "\u00b0C"


class Plain:
    def __init__(self, label):
        self.label = label

    def __str__(self):
        return f"Plain({self.label})"


def main():
    prices = [Money(129950), Money(-4500, "USD"), Money(7)]
    for p in prices:
        print(f"[{p}] [{p:c}] [{p:>12,.1fc}] [{p:.0f}]")
    print("{0:.1f} and {0:c}".format(Money(99999)))
    v = Vector(1.5, -2.25, 3.0)
    print(f"{v:.2f} {v:+.1e} {v!r} {v}")
    print(format(Vector(10, 255), "#x"), format(Vector("a", "bc"), ">3"))
    t = Temperature(21.5)
    print(f"{t:.1f} {t:.0F} {t:6.2F} {t:}")
    width = 8
    for label in ["a", "bb", "ccc"]:
        print(f"|{Plain(label)!s:^{width + 6}}|{label!r:>{width}}|")
    p = Plain("x")
    print("empty spec is str():", format(p), "|", f"{p}")
    print("a spec for a class without __format__:")
    print(f"{p:>20}")


main()
