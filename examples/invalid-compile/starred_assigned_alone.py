first = *range(3)
