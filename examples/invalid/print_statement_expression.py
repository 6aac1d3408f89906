a = 6
b = 7
print a * b
