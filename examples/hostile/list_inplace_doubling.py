x = [1, 2, 3]
while True:
    x += x
