keep = []
i = 0
while True:
    d = {}
    for j in range(50):
        d[j] = i
    keep.append(d)
    i += 1
