match config:
    case {"debug": True, "debug": False}:
        pass
