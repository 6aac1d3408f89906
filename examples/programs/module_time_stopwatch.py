# A stopwatch class over an injectable clock; the real clock only checks ordering.
import time


class Stopwatch:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.laps = []
        self.started = None

    def start(self):
        self.started = self.clock()

    def lap(self):
        if self.started is None:
            raise RuntimeError("stopwatch not started")
        now = self.clock()
        self.laps.append(now - self.started)
        self.started = now


ticks = iter([0.0, 1.5, 3.25, 3.5, 10.0])
sw = Stopwatch(lambda: next(ticks))
sw.start()
for _ in range(4):
    sw.lap()
print("laps:", sw.laps, "total:", sum(sw.laps))
print("fastest lap:", min(range(len(sw.laps)), key=sw.laps.__getitem__) + 1)
# The real clock, read through a function that keeps the reading out of the trace's locals.
real = Stopwatch(lambda: 1.0 if time.perf_counter() >= 0 else -1.0)
real.start()
real.lap()
print("real lap non-negative:", real.laps[0] >= 0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9)
print(time.gmtime(86399).tm_hour, time.strftime("%H:%M", (2000, 1, 1, 9, 5, 0, 0, 1, 0)))
Stopwatch().lap()
