with open("a.txt") as a, :
    print(a.read())
print("done")
