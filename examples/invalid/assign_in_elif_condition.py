color = "red"
if color == "blue":
    print("cold")
elif color = "red":
    print("warm")
