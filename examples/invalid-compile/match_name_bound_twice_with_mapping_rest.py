match value:
    case {"a": rest, **rest}:
        pass
