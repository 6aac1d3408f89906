def handle():
    try:
        pass
    except* (KeyError, IndexError) as group:
        if group:
            return
