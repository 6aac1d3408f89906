from collections import
counts = Counter("hello")
print(counts)
