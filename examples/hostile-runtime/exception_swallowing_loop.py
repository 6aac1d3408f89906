# expect: time_limit_exceeded|step_limit_exceeded
# Every exception, BaseException included, is swallowed and the loop goes on.
while True:
    try:
        raise KeyboardInterrupt
    except BaseException:
        continue
