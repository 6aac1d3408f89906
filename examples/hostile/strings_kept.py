keep = []
while True:
    keep.append("y" * 50000)
