match status:
    case _:
        print("anything")
    case 404:
        print("not found")
