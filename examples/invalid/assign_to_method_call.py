names = []
names.append("ann")
names.count("ann") = 1
print(names)
