def counter():
    count = 0
    def step(count):
        nonlocal count
        count += 1
    return step
