# Async generators feeding an averaging consumer, run by a hand-written loop.
# A reading outside the sensor's range ends the run with an uncaught error.
class Tick:
    def __await__(self):
        yield "tick"


async def readings(name, values):
    for v in values:
        await Tick()
        yield name, v


class Window:
    def __init__(self, size):
        self.size = size
        self.items = []

    async def __aenter__(self):
        await Tick()
        print("window opened")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("window closed:", exc_type.__name__ if exc_type else None)
        return False

    def push(self, value):
        self.items.append(value)
        if len(self.items) > self.size:
            self.items.pop(0)
        return sum(self.items) / len(self.items)


def check(name, value):
    if not 0 <= value <= 100:
        raise ValueError(f"{name} reading {value} out of range")
    return value


async def monitor(name, values):
    async with Window(3) as w:
        async for source, value in readings(name, values):
            avg = w.push(check(source, value))
            print(f"{source}: {value:3} avg={avg:.2f}")
    return round(sum(w.items) / len(w.items), 2)


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            print("ticks:", ticks)
            return stop.value


print("result:", run(monitor("temp", [20, 22, 25, 31, 28])))
print("result:", run(monitor("humidity", [40, 55, 130, 60])))
