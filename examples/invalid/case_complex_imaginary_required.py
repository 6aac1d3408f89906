value = 3
match value:
    case 1 + 2:
        print("three")
