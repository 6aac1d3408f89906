try:
    data = open("x.txt").read()
else:
    print(data)
