while True:
    try:
        pass
    except* OSError:
        continue
