offset = 3
match offset:
    case -limit:
        print("negative limit")
