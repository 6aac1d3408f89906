# ExceptionGroup and except* collecting several failures from a batch job.
def process(item):
    if not isinstance(item, int):
        raise TypeError(f"bad item {item!r}")
    if item < 0:
        raise ValueError(f"negative item {item}")
    return item * 2


def run_batch(items):
    results, errors = [], []
    for item in items:
        try:
            results.append(process(item))
        except (TypeError, ValueError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} items failed", errors)
    return results


print(run_batch([1, 2, 3]))
try:
    run_batch([1, -2, "x", 4, -5])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), ValueError("c")])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(len(eg.exceptions), eg.message, str(eg))
run_batch(["y", -1])
