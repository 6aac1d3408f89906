def handle():
    try:
        pass
    except* KeyError:
        return 1
