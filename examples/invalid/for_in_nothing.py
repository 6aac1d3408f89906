items = [1, 2, 3]
for item in :
    print(item)
