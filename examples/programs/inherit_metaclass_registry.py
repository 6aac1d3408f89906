# A metaclass that registers plugin classes and checks they define a run() method.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            if "run" not in namespace:
                raise TypeError(f"plugin {name} must define run()")
            key = kwargs.get("key", name.lower())
            mcls.registry[key] = cls
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.key = kwargs.get("key", name.lower())

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = type(cls).__name__
        return obj


class Plugin(metaclass=PluginMeta):
    def __init__(self, level=1):
        self.level = level

    def describe(self):
        return f"{type(self).__name__}(level={self.level}) -> {self.run()}"


class Upper(Plugin):
    def run(self):
        return "UPPER" * self.level


class Reverse(Plugin, key="rev"):
    def run(self):
        return "esrever"[: self.level + 2]


class Count(Plugin, key="count"):
    def run(self):
        return len(PluginMeta.registry) * self.level


print(sorted(PluginMeta.registry))
print(PluginMeta.registry["rev"], Upper, type(Upper), type(Plugin))
for key in sorted(PluginMeta.registry):
    p = PluginMeta.registry[key](2)
    print(key, p.describe(), p.created_by, p.key)
print(isinstance(Upper, PluginMeta), isinstance(Upper(), Plugin))
print(Upper.__class__.__mro__)

Dynamic = PluginMeta("Dynamic", (Plugin,), {"run": lambda self: "made by type()"})
print(Dynamic, Dynamic().describe(), Dynamic.key)
Shouty = type("Shouty", (Upper,), {"level": 3, "run": lambda self: "!" * 3})
print(Shouty().run(), Shouty.__mro__[1], sorted(PluginMeta.registry))


class Silent(Plugin):
    def describe(self):
        return "nothing"
