# The bomb: many lists, each below any per-object threshold.
keep = []
while True:
    keep.append([0] * 4000)
