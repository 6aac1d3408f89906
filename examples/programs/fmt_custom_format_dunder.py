# __format__, __str__ and __repr__ on custom classes: money, durations and coordinates.
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        symbol = {"USD": "$", "EUR": "€", "GBP": "£"}[self.currency]
        amount = self.cents / 100
        if spec == "words":
            dollars, cents = divmod(self.cents, 100)
            return f"{dollars} {self.currency} and {cents} cents"
        text = format(amount, spec or ",.2f")
        return f"{symbol}{text}"

    def __str__(self):
        return format(self)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


class Duration:
    def __init__(self, seconds):
        self.seconds = seconds

    def __format__(self, spec):
        h, rest = divmod(self.seconds, 3600)
        m, s = divmod(rest, 60)
        if spec == "short":
            return f"{h}h{m:02d}m"
        if spec == "":
            return f"{h:02d}:{m:02d}:{s:02d}"
        return format(str(self), spec)

    def __str__(self):
        return f"{self.seconds}s"


prices = [Money(199), Money(1234567, "EUR"), Money(5, "GBP")]
for p in prices:
    print(f"{p} | {p:.0f} | {p:words} | {p!r} | {p!s:>14}")
print("{:>12,.1f}".format(Money(99999)), format(Money(250), ""))
for secs in (59, 3600, 5025, 86399):
    d = Duration(secs)
    print(f"{d} {d:short} [{d:>8}] {str(d)!r}")
print("{0:short} and {0}".format(Duration(7322)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point(1.5, -2)
print(p, [p], f"{p}", str(p), "%s" % p, "{!r}".format(p))
print(format(p, ""), f"{p!s:^20}|")
print(object.__format__(p, ""))
print(f"{p:>10}")
