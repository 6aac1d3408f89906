values = [1, 2, 3]
[v * 2 for v in values] = values
print(values)
