pair = (1, 2)
a, 2 = pair
print(a)
