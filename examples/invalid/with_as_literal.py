with open("log.txt") as "log":
    print("opened")
print("closed")
