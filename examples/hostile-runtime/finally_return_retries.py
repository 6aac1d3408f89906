# expect: time_limit_exceeded|step_limit_exceeded
# A return in finally swallows the RecursionError at every level and retries: 2**depth calls.
def retry():
    try:
        return retry()
    finally:
        return retry()


retry()
