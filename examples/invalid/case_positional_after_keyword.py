point = (0, 1)
match point:
    case Point(x=0, y):
        print("on the y axis")
