x = 10
print(x)
else:
    print("no")
