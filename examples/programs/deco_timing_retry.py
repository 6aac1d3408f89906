# Decorators with arguments: retry on failure and call counting, stacked.
import functools


def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} of {fn.__name__} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return decorate


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


attempts = iter([ValueError("flaky"), ValueError("flaky again"), "ok"])


@counted
@retry(3, (ValueError,))
def fetch(url):
    outcome = next(attempts)
    if isinstance(outcome, Exception):
        raise outcome
    return f"{url}: {outcome}"


print(fetch("http://example"))
print("calls:", fetch.calls, fetch.__name__, fetch.__wrapped__.__name__)


@retry(2)
def always_fails():
    raise KeyError("nope")


always_fails()
