def move(x, y):
    return x + y

print(move(3 4))
