match value:
    case (a as b) | (b as a):
        pass
