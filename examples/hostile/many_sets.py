keep = []
i = 0
while True:
    keep.append(set(range(i % 100, i % 100 + 200)))
    i += 1
