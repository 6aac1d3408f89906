x = 5
y = (x + 1) * 2)
print(y)
