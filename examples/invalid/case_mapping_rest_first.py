config = {"a": 1}
match config:
    case {**rest, "a": 1}:
        print(rest)
