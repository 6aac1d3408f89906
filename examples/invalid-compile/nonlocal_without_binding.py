def increment():
    nonlocal count
    count += 1
