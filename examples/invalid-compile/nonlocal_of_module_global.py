count = 0

def increment():
    nonlocal count
    count += 1
