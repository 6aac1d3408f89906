items = [1, 2, 3]
match items:
    case *rest:
        print(rest)
