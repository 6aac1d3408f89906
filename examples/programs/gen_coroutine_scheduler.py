# A round-robin scheduler for generator-based tasks: each task yields the number
# of ticks it wants to sleep; the scheduler sends back the current tick and
# collects each task's return value from StopIteration.
class Scheduler:
    def __init__(self):
        self.tick = 0
        self.waiting = []          # (wake_tick, order, name, task)
        self.results = {}
        self.order = 0
        self.started = set()

    def spawn(self, name, task):
        self.waiting.append((self.tick, self.order, name, task))
        self.order += 1

    def run(self, limit=50):
        while self.waiting and self.tick < limit:
            self.waiting.sort(key=lambda w: (w[0], w[1]))
            wake, _, name, task = self.waiting.pop(0)
            self.tick = max(self.tick, wake)
            try:
                delay = task.send(self.tick) if name in self.started else next(task)
                self.started.add(name)
            except StopIteration as done:
                self.results[name] = done.value
                print(f"[{self.tick:2}] {name} finished -> {done.value!r}")
                continue
            except Exception as exc:
                self.results[name] = exc
                print(f"[{self.tick:2}] {name} crashed: {exc!r}")
                continue
            self.waiting.append((self.tick + delay, self.order, name, task))
            self.order += 1
        for _, _, name, task in self.waiting:
            task.close()
            print(f"cancelled {name}")


def blinker(times, period):
    lit = False
    for _ in range(times):
        lit = not lit
        now = yield period
        print(f"[{now:2}] blink {'on' if lit else 'off'}")
    return "blinked %d times" % times


def countdown(n):
    total = 0
    while n:
        now = yield 3
        total += now
        n -= 1
    return total


def forever():
    try:
        while True:
            yield 7
    finally:
        print("forever: cleaned up")


def flaky(n):
    for i in range(n):
        yield 2
    raise ValueError(f"sensor {n} failed")


s = Scheduler()
s.spawn("blink", blinker(4, 2))
s.spawn("count", countdown(3))
s.spawn("loop", forever())
s.spawn("flaky", flaky(2))
s.run(limit=20)
print(sorted((k, v if not isinstance(v, Exception) else type(v).__name__) for k, v in s.results.items()))
