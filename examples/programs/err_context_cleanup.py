# Implicit exception context: an error raised while handling another, inside cleanup code.
class Resource:
    open_count = 0

    def __init__(self, name, fail_on_close=False):
        self.name = name
        self.fail_on_close = fail_on_close
        Resource.open_count += 1
        print(f"open {name}")

    def close(self):
        Resource.open_count -= 1
        print(f"close {self.name}")
        if self.fail_on_close:
            raise OSError(f"could not flush {self.name}")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        if exc_type is ZeroDivisionError:
            print(f"  {self.name} swallowed {exc!r}")
            return True
        return False


def process(values, resource):
    with resource as r:
        return [100 // v for v in values]


print(process([1, 2, 4], Resource("a")))
print(process([1, 0, 4], Resource("b")))
try:
    process([5], Resource("c", fail_on_close=True))
except OSError as e:
    print("OSError:", e, e.__context__)
try:
    process(["x"], Resource("d", fail_on_close=True))
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))
print("still open:", Resource.open_count)


def risky(n):
    try:
        return [10, 20, 30][n]
    except IndexError:
        try:
            return {"a": 1}[n]
        except KeyError as inner:
            print("  inner context:", repr(inner.__context__))
            raise


try:
    risky(7)
except KeyError as e:
    print("KeyError", e, "context", type(e.__context__).__name__)
try:
    try:
        raise ValueError("first")
    finally:
        print("  finally runs before the handler")
except ValueError as e:
    print("caught", e)
with Resource("e", fail_on_close=True):
    {}["key"]
