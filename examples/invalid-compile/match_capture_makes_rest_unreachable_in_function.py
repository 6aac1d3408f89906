def describe(value):
    match value:
        case 0:
            return "zero"
        case other:
            return "other"
        case 1:
            return "one"
