command = "stop"
match command:
    case "stop":
    print("stopping")
