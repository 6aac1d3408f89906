value = 1
nonlocal value
