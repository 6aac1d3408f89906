# expect: time_limit_exceeded|step_limit_exceeded
# The simplest runaway.
while True:
    pass
