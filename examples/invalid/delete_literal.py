items = [1, 2, 3]
del 2
print(items)
