# A tour of builtins: conversions, numeric helpers, iteration tools and introspection.
values = [3.14159, -2.5, 2.675, 0.5, 1.5, 10 ** 20 + 0.0]
for v in values:
    print(v, round(v), round(v, 2), int(v), divmod(v, 1.0))

print(bin(37), oct(37), hex(-255), int("ff", 16), int("0b101", 0), chr(9731), ord("€"))
print(pow(2, 100), pow(2, -2), pow(3, 4, 5), pow(38, -1, 97), abs(-7.5), abs(3 + 4j))
print(ascii("naïve ☃"), repr("tab\there"), format(1234567.891, ",.2f"), format(42, "08b"))
print(any(x > 3 for x in [1, 2, 5]), all([]), sum([0.1] * 10), sum([[1], [2]], []))
print(min("banana", "apple", key=len), max([], default="empty"), sorted("hello", reverse=True))
print(list(zip("abc", range(3))), list(enumerate("xy", start=5)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None])), list(reversed(range(4))))

lines = iter(["alpha", "beta", "", "gamma"].pop, "alpha")
print(list(lines))

namespace = {"__builtins__": {"range": range, "len": len}, "x": 6}
exec("y = x * 7\nz = [i * i for i in range(y // 10)]", namespace)
print(namespace["y"], namespace["z"], eval("x + y", namespace), eval("len(z)", namespace))
code = compile("a * b", "<string>", "eval")
print(eval(code, {"a": 3, "b": 4}), type(code).__name__)


def scope_demo(n):
    doubled = n * 2
    return sorted(locals().items())


print(scope_demo(4), callable(scope_demo), callable(4))
print(isinstance(True, int), issubclass(bool, (str, int)), hash(10) == hash(10.0))
print("isdigit" in dir(str), "__len__" in dir(list), "to_bytes" in dir(7))
print(getattr(3, "real"), hasattr("s", "upper"), type(len).__name__, id(values) == id(values))
print(vars(type("P", (), {"q": 1}))["q"])
print(int("12a"))
