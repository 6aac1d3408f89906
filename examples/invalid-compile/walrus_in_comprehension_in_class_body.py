class Stats:
    data = [3, 1, 2]
    doubled = [last := d * 2 for d in data]
