rows = [1, 2]
for None in rows:
    print("row")
