# A custom string.Formatter that understands an "upper" conversion and default values.
import string


class Friendly(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


f = Friendly()
print(f.format("{name!u} is {age} years old", name="ada", age=36))
print(f.format("{0} + {1} = {2:>5}", 2, 3, 5))
print(f.format("{missing} stays visible"))
for literal, field, spec, conv in string.Formatter().parse("a{0:>3}b{x!r}c"):
    print(repr(literal), repr(field), repr(spec), repr(conv))
print(string.Formatter().vformat("{a}-{b}", (), {"a": 1, "b": 2}))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("rot13:", "hello world".translate(table))
print(string.whitespace == " \t\n\r\x0b\x0c")
print(Friendly().format("{0}"))
