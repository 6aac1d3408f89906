# Formatting durations in seconds, and converting with time.gmtime / calendar arithmetic.
import time


def human(seconds):
    parts = []
    for name, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        n, seconds = divmod(seconds, size)
        if n:
            parts.append(f"{n}{name}")
    return " ".join(parts) or "0s"


for s in (0, 59, 61, 3600, 3661, 90061, 1_000_000):
    print(f"{s:>8} -> {human(s)}")
t = time.gmtime(90061)
print(time.strftime("%d day(s) later: %H:%M:%S", t))
week = [time.strftime("%A", time.gmtime(86400 * d)) for d in range(7)]
print(week)
print(time.mktime(time.localtime(0)) == 0.0 or True)
print(time.strftime("%%Y is literal, year is %Y", time.gmtime(0)))
print(human(-5))
