# Exception chaining while parsing a config: raise ... from ..., and implicit context.
class ConfigError(Exception):
    pass


def parse_line(n, line):
    key, sep, value = line.partition("=")
    if not sep:
        raise ConfigError(f"line {n}: missing '='")
    try:
        return key.strip(), int(value)
    except ValueError as e:
        raise ConfigError(f"line {n}: {key.strip()} is not a number") from e


def load(text):
    config = {}
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            k, v = parse_line(n, line)
            config[k] = v
    return config


print(load("# sizes\nwidth = 80\nheight=24\n"))
for bad in ("depth", "x = 1\ny = two"):
    try:
        load(bad)
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", repr(e.__cause__), "| suppressed:", e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print("context:", repr(e.__context__), e.__cause__)
load("a = 1\nb = 2.5")
