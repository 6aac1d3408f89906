# Exceptions: raising, catching, re-raising and cleaning up in loops.
class Invalid(ValueError):
    pass


def parse(text):
    if not text.isdigit():
        raise Invalid(text)
    return int(text)


ok = bad = cleaned = 0
items = [str(i) if i % 4 else "x%d" % i for i in range(60000)]
for item in items:
    try:
        ok += parse(item)
    except Invalid:
        bad += 1
    finally:
        cleaned += 1
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    chained = type(e.__cause__).__name__
print(ok, bad, cleaned, chained)
