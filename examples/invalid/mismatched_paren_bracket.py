values = [3, 1, 2]
biggest = max(values]
print(biggest)
