name = "x"
match name:
    case f"{name}":
        pass
