# Grouping a web server log into sessions with groupby, takewhile, dropwhile and filterfalse.
from itertools import chain, compress, dropwhile, filterfalse, groupby, starmap, takewhile, tee

log = [
    ("alice", 1, "login"), ("alice", 3, "view"), ("alice", 9, "logout"),
    ("bob", 2, "login"), ("bob", 4, "view"), ("bob", 5, "view"),
    ("carol", 7, "login"), ("alice", 12, "login"), ("alice", 15, "view"),
]

for user, events in groupby(log, key=lambda e: e[0]):
    entries = list(events)
    print(user, [e[2] for e in entries], "span", entries[-1][1] - entries[0][1])

by_user = sorted(log, key=lambda e: e[0])
counts = {user: sum(1 for _ in grp) for user, grp in groupby(by_user, key=lambda e: e[0])}
print(counts)

times = [e[1] for e in log]
print("early:", list(takewhile(lambda t: t < 5, times)))
print("after warm-up:", list(dropwhile(lambda t: t < 5, times)))
print("not views:", list(filterfalse(lambda e: e[2] == "view", log)))

flags = [e[2] == "login" for e in log]
print("logins:", list(compress(log, flags)))

durations = list(starmap(lambda user, t, action: (user, t * 60), log[:3]))
print(durations)

first, second = tee(times)
next(second)
print("gaps:", [b - a for a, b in zip(first, second)])

merged = list(chain.from_iterable([[1, 2], (3,), "45"]))
print(merged)

groups = list(groupby("aaabbc"))
print([(k, list(g)) for k, g in groups])
