value = 2
match value:
    case 1 | 2 as result.value:
        print("small")
