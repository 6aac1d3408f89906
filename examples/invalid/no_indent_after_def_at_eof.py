def helper():
    return 1

def todo():
