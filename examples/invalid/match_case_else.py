command = "stop"
match command:
    case "go":
        print("going")
    else:
        print("stopping")
