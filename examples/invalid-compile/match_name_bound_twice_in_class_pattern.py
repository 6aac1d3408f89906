match shape:
    case Point(x=v, y=v):
        print(v)
