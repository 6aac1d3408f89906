a = 3
b = 4
a + b += 1
print(a, b)
