def log(f):
    return f

@log
x = 5
