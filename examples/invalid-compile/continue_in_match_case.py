command = "go"
match command:
    case "go":
        continue
