keep = []
while True:
    keep.append(bytes(20000))
