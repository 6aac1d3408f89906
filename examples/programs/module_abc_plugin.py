# A plugin system using abstract properties and class methods.
from abc import ABC, abstractmethod


class Plugin(ABC):
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not getattr(cls, "__abstractmethods__", None):
            Plugin.registry[cls.name] = cls

    @property
    @abstractmethod
    def name(self):
        ...

    @abstractmethod
    def run(self, text):
        ...


class Upper(Plugin):
    name = "upper"

    def run(self, text):
        return text.upper()


class Reverse(Plugin):
    name = "reverse"

    def run(self, text):
        return text[::-1]


class Count(Plugin):
    name = "count"

    def run(self, text):
        return f"{len(text)} chars"


pipeline = ["upper", "reverse", "count"]
text = "plugins are neat"
for step in pipeline:
    out = Plugin.registry[step]().run(text)
    print(f"{step:8} -> {out}")
print(sorted(Plugin.registry))
print(Plugin.registry["rot13"])
