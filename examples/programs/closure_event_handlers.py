# An event bus whose handlers are closures capturing their own configuration.
class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)

    def emit(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]


bus = Bus()
log = []


def logger(tag):
    def handle(*args):
        log.append((tag, args))
        return tag
    return handle


def threshold(limit):
    hits = 0

    def handle(value):
        nonlocal hits
        if value > limit:
            hits += 1
        return f"> {limit}: {hits} hits"
    return handle


bus.on("temp", logger("audit"))
bus.on("temp", threshold(30))
bus.on("temp", threshold(35))
for t in (28, 31, 36, 40):
    print(t, bus.emit("temp", t))
print(bus.emit("unknown"))
print(log)
print([h.__name__ for h in bus.handlers["temp"]], bus.handlers["temp"][1].__qualname__)
