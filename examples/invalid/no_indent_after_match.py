command = "start"
match command:
case "start":
    print("starting")
