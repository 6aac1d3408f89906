x = y = *range(3)
