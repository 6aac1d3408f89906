def plot(x, y, *):
    print(x, y)

plot(1, 2)
