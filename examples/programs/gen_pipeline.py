# A generator pipeline over log records: filter, transform, aggregate lazily.
LOG = [
    "INFO start", "DEBUG cfg=1", "WARN disk 91%", "INFO job 1 ok", "ERROR job 2 failed",
    "INFO job 3 ok", "WARN disk 95%", "ERROR job 4 failed", "INFO stop",
]


def records(lines):
    for n, line in enumerate(lines, 1):
        level, _, msg = line.partition(" ")
        yield n, level, msg


def only(levels, recs):
    return ((n, lvl, msg) for n, lvl, msg in recs if lvl in levels)


def numbered(recs):
    count = 0
    for rec in recs:
        count += 1
        yield count, rec
    print(f"  (pipeline saw {count} records)")


for i, (n, lvl, msg) in numbered(only({"WARN", "ERROR"}, records(LOG))):
    print(f"{i}. line {n}: [{lvl}] {msg}")
gen = records(LOG)
print(next(gen), next(gen))
print(sum(1 for _ in gen), "left")
print(list(gen), next(gen, "exhausted"))
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
next(squares)
