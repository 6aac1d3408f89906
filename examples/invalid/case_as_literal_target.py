shape = "circle"
match shape:
    case "circle" as 1:
        print("round")
