def table(keys):
    return {k: (yield k) for k in keys}
