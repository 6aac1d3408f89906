match value:
    case [first, *_] as first:
        print(first)
