n = 0
if n > 0:
    print("positive")
elif n == 0:
print("zero")
