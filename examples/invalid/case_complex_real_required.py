z = 1j
match z:
    case 1j + 2:
        print("matched")
