a = 3
b = 3.0
if a === b:
    print("same")
