match pair:
    case [_, _] | [x, _]:
        pass
