rows = []
row = [0] * 1000
while True:
    rows.append(list(row))
