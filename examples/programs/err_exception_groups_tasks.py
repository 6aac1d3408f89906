# ExceptionGroup and except*: collecting failures from a batch of tasks.
class TaskError(Exception):
    def __init__(self, task, message):
        super().__init__(f"task {task}: {message}")
        self.task = task


def run_task(name, payload):
    if payload is None:
        raise TaskError(name, "no payload")
    if isinstance(payload, str):
        raise TypeError(f"{name} got text {payload!r}")
    if payload < 0:
        raise ValueError(f"{name} got negative {payload}")
    return payload ** 2


def run_all(tasks):
    results, errors = {}, []
    for name, payload in tasks.items():
        try:
            results[name] = run_task(name, payload)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(tasks)} tasks failed", errors)
    return results


print(run_all({"a": 2, "b": 3}))
batch = {"a": 1, "b": None, "c": "seven", "d": -4, "e": 5, "f": -1}
try:
    run_all(batch)
except* TaskError as group:
    print("task errors:", [e.task for e in group.exceptions])
except* ValueError as group:
    print("value errors:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("type errors:", group.message, len(group.exceptions))

try:
    run_all(batch)
except ExceptionGroup as eg:
    print(eg.message, "|", eg)
    values, rest = eg.split(ValueError)
    print("split:", [str(e) for e in values.exceptions], "| rest:", len(rest.exceptions))
    only_types = eg.subgroup(lambda e: isinstance(e, TypeError))
    print("subgroup:", only_types.exceptions, type(only_types).__name__)
    print(eg.subgroup(KeyError))

nested = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])])
try:
    raise nested
except* ValueError as g:
    print("values anywhere:", repr(g))
except* TypeError as g:
    print("types anywhere:", repr(g))
try:
    raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("x")])
except BaseExceptionGroup as g:
    print(type(g).__name__, [type(e).__name__ for e in g.exceptions])
try:
    raise ExceptionGroup("plain", [ValueError("only")])
except* ValueError:
    print("handled all")
run_all({"x": 1, "y": "two"})
