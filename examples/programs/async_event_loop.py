# A tiny event loop written by hand: coroutines await Future objects, the loop
# drives them with send(None) and wakes them on a simulated clock.
class Future:
    def __init__(self, delay, value=None):
        self.delay = delay
        self.value = value
        self.done = False

    def __await__(self):
        if not self.done:
            yield self
        return self.value


class Loop:
    def __init__(self):
        self.clock = 0
        self.ready = []
        self.sleeping = []
        self.log = []

    def create_task(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        results = {}
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: s[0])
                wake, name, coro, fut = self.sleeping.pop(0)
                self.clock = wake
                fut.done = True
                self.ready.append((name, coro, fut))
                continue
            name, coro, fut = self.ready.pop(0)
            try:
                pending = coro.send(None)
            except StopIteration as stop:
                results[name] = stop.value
                self.log.append(f"t={self.clock} {name} -> {stop.value}")
                continue
            self.sleeping.append((self.clock + pending.delay, name, coro, pending))
        return results


def sleep(ticks, value=None):
    return Future(ticks, value)


async def fetch(url, latency):
    body = await sleep(latency, f"<{url}>")
    return len(body)


async def crawl(urls):
    sizes = []
    for i, url in enumerate(urls):
        sizes.append(await fetch(url, 1 + i % 3))
    return sum(sizes)


async def heartbeat(n):
    beats = 0
    for _ in range(n):
        await sleep(2)
        beats += 1
    return beats


loop = Loop()
loop.create_task("crawl", crawl(["a.io", "bb.io", "ccc.io", "dd.io"]))
loop.create_task("beat", heartbeat(3))
loop.create_task("single", fetch("solo.net", 5))
results = loop.run()
for line in loop.log:
    print(line)
print(results, "clock:", loop.clock)

coro = crawl([])
print(type(coro).__name__, coro.cr_code.co_name, coro.cr_running)
try:
    coro.send(None)
except StopIteration as stop:
    print("empty crawl:", stop.value)
try:
    coro.send(None)
except RuntimeError as err:
    print("again:", err)
