# A lazy pipeline of generators that parses, filters and aggregates log lines.
LOG = """\
2024-03-01 10:00:01 INFO  user=alice action=login
2024-03-01 10:00:07 WARN  user=bob action=retry count=2
2024-03-01 10:01:12 INFO  user=alice action=view page=home
2024-03-01 10:02:40 ERROR user=carol action=pay amount=19.99
2024-03-01 10:03:00 INFO  user=bob action=login
malformed line here
2024-03-01 10:04:15 ERROR user=alice action=pay amount=5.00
2024-03-01 10:05:55 INFO  user=carol action=logout"""


def lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def parse(numbered):
    for number, line in numbered:
        parts = line.split()
        if len(parts) < 4:
            print(f"  skipping line {number}: {line!r}")
            continue
        date, time, level, *fields = parts
        record = {"n": number, "time": time, "level": level}
        record.update(field.split("=", 1) for field in fields)
        yield record


def where(records, **conditions):
    for r in records:
        if all(r.get(k) == v for k, v in conditions.items()):
            yield r


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


pipeline = parse(lines(LOG))
print(type(pipeline).__name__, pipeline.__name__)
print(next(pipeline))
errors = list(where(parse(lines(LOG)), level="ERROR"))
print([(e["user"], float(e["amount"])) for e in errors])
print(sum(float(r["amount"]) for r in where(parse(lines(LOG)), action="pay")))
first_two = take(2, where(parse(lines(LOG)), level="INFO"))
print([r["user"] for r in first_two], list(first_two))
users = {}
for r in parse(lines(LOG)):
    users.setdefault(r["user"], []).append(r["action"])
print(users)
gen = (r["level"] for r in parse(lines(LOG)))
counts = {}
for level in gen:
    counts[level] = counts.get(level, 0) + 1
print(counts, next(gen, "exhausted"))
logins = where(parse(lines(LOG)), action="login")
print(next(logins)["user"], next(logins)["user"])
print(next(logins))
