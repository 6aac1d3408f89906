# Managing resources with contextlib: a @contextmanager that times nothing but counts,
# ExitStack to open several "connections" and close them in reverse, closing(), nullcontext()
# for an optional lock, and suppress() for expected errors. An unexpected KeyError escapes.
from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress

log = []


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True
        log.append("open " + name)

    def close(self):
        self.open = False
        log.append("close " + self.name)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False


@contextmanager
def section(title):
    log.append("begin " + title)
    yield len(log)
    log.append("end " + title)


with section("setup") as depth:
    print("log length when entered:", depth)

with ExitStack() as stack:
    conns = [stack.enter_context(Connection(n)) for n in ("db", "cache", "queue")]
    stack.callback(log.append, "callback")
    print("open:", [c.name for c in conns if c.open])
print("after stack:", [c.open for c in conns])

with closing(Connection("file")) as f:
    print("using", f.name)


def update(data, lock=None):
    with lock if lock is not None else nullcontext():
        data["count"] = data.get("count", 0) + 1
    return data


print(update({}), update({"count": 4}, Connection("lock")))
for entry in log:
    print(" ", entry)

settings = {"retries": 3}
with suppress(ValueError, TypeError):
    settings["timeout"] = int("soon")
print("settings:", settings)
with suppress(ValueError):
    print("retries:", settings["retries"], "timeout:", settings["timeout"])
