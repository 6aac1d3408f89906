keep = []
i = 0
while True:
    keep.append([i, i + 1, i + 2])
    i += 1
