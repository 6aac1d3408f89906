keep = []
while True:
    keep.append(tuple(range(1000)))
