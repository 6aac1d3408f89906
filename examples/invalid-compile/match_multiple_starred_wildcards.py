match items:
    case [*_, 0, *_]:
        pass
