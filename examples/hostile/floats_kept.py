keep = []
i = 0
while True:
    keep.append(i * 0.5)
    i += 1
