match point:
    case [x, x]:
        print(x)
