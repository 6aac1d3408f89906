match table:
    case {1.0: a, 1: b}:
        pass
