def keys(pairs):
    return [(key := 1) for key, value in pairs]
