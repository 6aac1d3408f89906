code = 5
match code:
    case 5 as _:
        print("five")
