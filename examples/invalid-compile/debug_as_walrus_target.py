if (__debug__ := 1):
    pass
