keep = []
i = 0
while True:
    keep.append(str(i) * 3)
    i += 1
