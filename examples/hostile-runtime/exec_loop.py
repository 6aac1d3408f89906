# expect: time_limit_exceeded|step_limit_exceeded
# exec'd code runs inside the same limits.
exec("while True:\n    pass\n")
