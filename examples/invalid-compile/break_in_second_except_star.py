for attempt in range(3):
    try:
        pass
    except* ValueError:
        pass
    except* TypeError:
        break
