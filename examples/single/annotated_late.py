

if 1:
    x: int
