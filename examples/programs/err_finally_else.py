# try/except/else/finally ordering, return in finally, and re-raising.
def divide(a, b):
    events = []
    try:
        events.append("try")
        result = a / b
    except ZeroDivisionError:
        events.append("except")
        result = None
    else:
        events.append("else")
    finally:
        events.append("finally")
    return result, events


print(divide(6, 3))
print(divide(1, 0))


def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"


print(swallow())


def reraise(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        print("logging:", e)
        raise


print(reraise(5))
e = None
try:
    reraise(0)
except ZeroDivisionError as exc:
    e = exc
print(type(e).__name__, e.args, e.__traceback__ is not None)
assert divide(2, 1)[0] == 2.0, "division broke"
assert divide(2, 0)[0] is not None, "cannot divide 2 by 0"
