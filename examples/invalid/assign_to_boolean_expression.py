a = True
b = False
a and b = True
print(a, b)
