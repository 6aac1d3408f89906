pairs = [(1, "b"), (2, "a")]
pairs.sort(key=lambda p p[1])
print(pairs)
