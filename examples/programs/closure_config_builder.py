# A fluent configuration builder made of nested closures, with validation on build().
def builder():
    settings = {}
    rules = []

    def set_(key, value):
        settings[key] = value
        return api

    def require(key, check, message):
        rules.append((key, check, message))
        return api

    def build():
        problems = [f"{key}: {message}" for key, check, message in rules if not check(settings.get(key))]
        if problems:
            raise ValueError("invalid config: " + "; ".join(problems))
        return dict(settings)

    api = {"set": set_, "require": require, "build": build}
    return api


def chain(api, *steps):
    for name, *args in steps:
        api = api[name](*args)
    return api


ok = chain(builder(), ("set", "host", "localhost"), ("set", "port", 8080),
           ("require", "port", lambda p: isinstance(p, int) and 0 < p < 65536, "bad port"))
print(ok["build"]())
counter = 0


def bump():
    global counter
    counter += 1
    return counter


print(bump(), bump(), counter)


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 5)]


print([m(3) for m in make_multipliers()])
outer_value = "global"


def scopes():
    outer_value = "enclosing"

    def inner():
        return outer_value

    return inner()


print(scopes(), outer_value)
bad = chain(builder(), ("set", "port", 70000),
            ("require", "port", lambda p: isinstance(p, int) and 0 < p < 65536, "bad port"),
            ("require", "host", lambda h: bool(h), "host missing"))
print(bad["build"]())
