*a, b
