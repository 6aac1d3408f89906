label = b"café"
print(label)
print(len(label))
