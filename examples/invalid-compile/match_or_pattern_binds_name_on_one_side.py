match point:
    case (1 as one) | 2:
        pass
