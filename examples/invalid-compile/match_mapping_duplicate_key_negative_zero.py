match table:
    case {"a": 1, -0: 2, 0: 3}:
        pass
