*a, b = c
