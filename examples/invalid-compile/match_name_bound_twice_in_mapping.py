match config:
    case {"host": name, "user": name}:
        print(name)
