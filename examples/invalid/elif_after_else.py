n = 5
if n > 10:
    print("big")
else:
    print("small")
elif n == 5:
    print("five")
