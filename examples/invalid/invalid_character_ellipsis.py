def todo():
    pass
items = [1, 2, …]
print(items)
