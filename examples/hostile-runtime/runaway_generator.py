# expect: time_limit_exceeded|step_limit_exceeded
# A generator that never ends, drained by a for loop.
def forever():
    n = 0
    while True:
        yield n
        n += 1


for value in forever():
    pass
