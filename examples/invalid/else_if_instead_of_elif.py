x = 5
if x < 0:
    print("negative")
else if x == 0:
    print("zero")
else:
    print("positive")
