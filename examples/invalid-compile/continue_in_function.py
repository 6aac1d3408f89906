def skip(x):
    if x:
        continue
    return x
