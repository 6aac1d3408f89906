match command:
    case action:
        print(action)
    case "quit":
        pass
