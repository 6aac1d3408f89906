match value:
    case [head, *head]:
        pass
