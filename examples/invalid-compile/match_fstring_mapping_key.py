match data:
    case {f"key": value}:
        pass
