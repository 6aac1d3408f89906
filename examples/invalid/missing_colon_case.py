status = 404
match status:
    case 200:
        print("ok")
    case 404
        print("not found")
