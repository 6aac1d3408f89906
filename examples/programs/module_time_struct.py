# Working with time.struct_time and strftime on fixed timestamps (no clock reads).
# Only fixed timestamps are printed, so the output is the same on every run.
import time

EPOCHS = [0, 86400 * 365, 1_000_000_000, 1_700_000_000]
for ts in EPOCHS:
    t = time.gmtime(ts)
    print(ts, time.strftime("%Y-%m-%d %H:%M:%S %a %j", t), t.tm_yday, t.tm_wday)
t = time.gmtime(1_234_567_890)
print(tuple(t)[:6], t.tm_year, t.tm_isdst)
parsed = time.strptime("2024-02-29 12:30", "%Y-%m-%d %H:%M")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_min, parsed.tm_yday)
print(time.strftime("%B %d, %Y", parsed))
print(time.asctime(time.gmtime(0)))


class Reading:
    """A clock reading kept inside an object: the trace shows the object, never the number."""

    def __init__(self):
        self.value = time.perf_counter()

    def since(self):
        return time.perf_counter() - self.value


start = Reading()
total = sum(range(1000))
print("sum", total, "elapsed is non-negative:", start.since() >= 0)
print("monotonic increases:", time.monotonic() <= time.monotonic())
print(time.strptime("31/02/2024", "%d/%m/%Y"))
