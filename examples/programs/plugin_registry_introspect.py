# A plugin registry that discovers handler methods by introspection and reports what it found.
import inspect


class Plugin:
    """Base class for plugins: methods named on_<event> handle events."""
    priority = 50

    def describe(self):
        return inspect.getdoc(self) or "(no description)"


class Logger(Plugin):
    """Writes every event to the log.

    Keeps the last few lines only.
    """
    priority = 10

    def __init__(self, keep=3):
        self.lines = []
        self.keep = keep

    def on_start(self, app):
        self.lines.append(f"start {app}")

    def on_message(self, app, text, *, level="info"):
        self.lines.append(f"{level}: {text}")
        del self.lines[:-self.keep]


class Counter(Plugin):
    def __init__(self):
        self.counts = {}

    def on_message(self, app, text, *, level="info"):
        self.counts[level] = self.counts.get(level, 0) + 1

    def on_stop(self, app):
        return sum(self.counts.values())


class Registry:
    def __init__(self):
        self.handlers = {}

    def register(self, plugin):
        for name, method in inspect.getmembers(plugin, inspect.ismethod):
            if name.startswith("on_"):
                event = name[3:]
                self.handlers.setdefault(event, []).append((plugin.priority, type(plugin).__name__, method))
        for event in self.handlers:
            self.handlers[event].sort(key=lambda entry: (entry[0], entry[1]))

    def emit(self, event, *args, **kwargs):
        results = []
        for _, owner, method in self.handlers.get(event, []):
            sig = inspect.signature(method)
            accepted = {k: v for k, v in kwargs.items() if k in sig.parameters}
            results.append((owner, method(*args, **accepted)))
        return results


registry = Registry()
logger, counter = Logger(keep=2), Counter()
for plugin in (counter, logger):
    registry.register(plugin)
    print(type(plugin).__name__, "-", plugin.describe().splitlines()[0])
    print("  is abstract:", inspect.isabstract(type(plugin)), "mro:", [c.__name__ for c in inspect.getmro(type(plugin))])

for event, entries in sorted(registry.handlers.items()):
    print(event, [f"{owner}{inspect.signature(m)}" for _, owner, m in entries])

registry.emit("start", "demo")
for i, text in enumerate(["boot", "ready", "busy", "idle"]):
    registry.emit("message", "demo", text, level="warn" if i % 2 else "info", color="red")
print(logger.lines, counter.counts)
print(registry.emit("stop", "demo"))
print(registry.emit("missing"))
print(inspect.getdoc(Logger))
