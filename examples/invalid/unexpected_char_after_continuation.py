a = 7
b = 2
print(a \ b)
