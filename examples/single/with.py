with a as b:
    b
