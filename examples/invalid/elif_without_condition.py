x = 3
if x > 5:
    print("big")
elif:
    print("small")
