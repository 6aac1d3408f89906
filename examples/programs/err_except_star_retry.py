# A job runner that executes tasks concurrently (simulated) and reports all
# failures at once; except* handles some kinds, retries others, and what is
# left (plus a failure while handling) escapes as a nested exception group.
class Timeout(Exception):
    pass


class QuotaExceeded(Exception):
    pass


def run_task(name, attempt):
    kind = name.split("-")[0]
    if kind == "slow" and attempt == 0:
        raise Timeout(f"{name} timed out")
    if kind == "bad":
        raise ValueError(f"{name} produced invalid output")
    if kind == "greedy":
        raise QuotaExceeded(f"{name} used too much memory")
    return f"{name}:ok"


def run_all(names, attempt=0):
    results, errors = [], []
    for name in names:
        try:
            results.append(run_task(name, attempt))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(names)} tasks failed", errors)
    return results


def supervise(names):
    done = []
    try:
        done = run_all(names)
    except* Timeout as eg:
        retry = [str(e).split()[0] for e in eg.exceptions]
        print("retrying", retry)
        done = run_all(retry, attempt=1)
    except* ValueError as eg:
        for e in eg.exceptions:
            print("  discarded:", e)
    return done


print(supervise(["fast-1", "slow-1", "fast-2"]))
print(supervise(["bad-1", "fast-3", "slow-2"]))

try:
    supervise(["slow-3", "bad-2", "greedy-1"])
except* QuotaExceeded as eg:
    print("quota:", [str(e) for e in eg.exceptions], type(eg).__name__)

try:
    raise Timeout("lonely")
except* Timeout as eg:
    print("naked exception wrapped:", repr(eg), eg.exceptions[0].__traceback__ is not None)


def strict(names):
    try:
        return run_all(names)
    except* Timeout:
        raise RuntimeError("timeouts are fatal in strict mode")
    except* ValueError as eg:
        print("  strict saw", len(eg.exceptions), "bad outputs")
        raise


strict(["slow-4", "bad-3", "greedy-2", "fast-5"])
