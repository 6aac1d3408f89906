total = 0
total += *range(3)
