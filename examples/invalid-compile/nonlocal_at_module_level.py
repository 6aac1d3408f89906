nonlocal value
value = 1
