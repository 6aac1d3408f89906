class Box:
    size = 3
if Box.size = 3:
    print("three")
