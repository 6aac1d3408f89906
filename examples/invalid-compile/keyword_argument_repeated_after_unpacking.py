def call(f, opts):
    return f(timeout=1, **opts, timeout=2)
