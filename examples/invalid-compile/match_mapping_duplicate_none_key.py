match table:
    case {None: 1, None: 2}:
        pass
