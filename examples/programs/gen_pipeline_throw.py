# A log-processing pipeline built from generators: parse, filter, aggregate.
# throw() resets a running aggregate, close() flushes it, and yield from delegates.
LOG = [
    "INFO boot 12",
    "WARN disk 40",
    "INFO net 7",
    "ERROR disk 91",
    "INFO boot 3",
    "garbage",
    "WARN net 55",
    "ERROR cpu 99",
]


class Reset(Exception):
    """Thrown into an aggregator to start a new window."""


def parse(lines):
    for number, line in enumerate(lines, 1):
        parts = line.split()
        if len(parts) != 3:
            print(f"  skipping line {number}: {line!r}")
            continue
        level, source, value = parts
        yield level, source, int(value)


def only(levels, records):
    for record in records:
        if record[0] in levels:
            yield record


def totals():
    """A coroutine: send (source, value) pairs, get the running totals back."""
    window = {}
    try:
        while True:
            try:
                item = yield dict(window)
            except Reset as r:
                print(f"  reset ({r}) after {sum(window.values())}")
                window = {}
                continue
            if item is None:
                continue
            source, value = item
            window[source] = window.get(source, 0) + value
    finally:
        print("  totals closed with", window)


def severities(records):
    counts = yield from count_levels(records)
    yield ("summary", counts)


def count_levels(records):
    counts = {}
    for level, source, value in records:
        counts[level] = counts.get(level, 0) + 1
        yield (level, source)
    return counts


agg = totals()
next(agg)
for level, source, value in only({"WARN", "ERROR"}, parse(LOG)):
    state = agg.send((source, value))
    print(f"{level:5} {source:4} -> {state}")
    if level == "ERROR" and value > 95:
        print("  snapshot:", agg.throw(Reset("critical")))
agg.close()
print("closed:", agg.gi_frame is None)

events = list(severities(parse(LOG)))
print(events[-1])
print(len(events) - 1, "records seen")

stream = severities(parse(LOG[:3]))
print(next(stream), stream.gi_yieldfrom is not None)
try:
    stream.throw(ValueError("bad record"))
except ValueError as e:
    print("pipeline stopped:", e, "| finished:", stream.gi_frame is None)
