names = ["ann", "bob"]
pairs = [i, name for i, name in enumerate(names)]
print(pairs)
