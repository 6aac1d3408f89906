match shape:
    case Point(1, x=1, x=2):
        pass
