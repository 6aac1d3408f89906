# Decorators that copy metadata by hand (like functools.wraps), count calls and
# retry flaky operations; the final failure is chained to the last attempt's error.
def wraps(original):
    def apply(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return apply


class RetryError(Exception):
    pass


def retry(times, on=(ConnectionError,)):
    def decorate(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            wrapper.attempts = 0
            for attempt in range(1, times + 1):
                wrapper.attempts = attempt
                try:
                    return fn(*args, **kwargs)
                except on as exc:
                    print(f"  {fn.__name__} attempt {attempt} failed: {exc}")
                    last = exc
            raise RetryError(f"{fn.__name__} failed {times} times") from last
        return wrapper
    return decorate


def counted(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


class FakeServer:
    def __init__(self, failures):
        self.failures = list(failures)

    def request(self, path):
        if self.failures and self.failures.pop(0):
            raise ConnectionResetError(104, "Connection reset by peer")
        return f"200 OK {path}"


server = FakeServer([True, True, False, True, True, True, True])


@counted
@retry(3)
def fetch(path, *, verbose=False):
    """Fetch a path from the fake server."""
    return server.request(path)


print(fetch.__name__, fetch.__qualname__, fetch.__doc__)
print(fetch.__wrapped__.__name__, fetch.__wrapped__.__wrapped__.__kwdefaults__)
print(fetch("/index"), "after", fetch.__wrapped__.attempts, "attempts")
print("calls:", fetch.calls)
err = ConnectionResetError(104, "Connection reset by peer")
print(type(err).__name__, err.errno, err.strerror, "|", err, "|", isinstance(err, OSError))
print(fetch("/api"))
