match point:
    case [x] | [y]:
        pass
