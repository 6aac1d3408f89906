keep = []
i = 10 ** 30
while True:
    keep.append(i)
    i += 1
