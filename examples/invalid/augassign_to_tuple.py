x = 1
y = 2
x, y += 1
print(x, y)
