keep = []
while True:
    keep.append(list(range(4000)))
