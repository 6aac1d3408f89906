point = (1, 2)
match point:
    case (x, y) if:
        print(x, y)
