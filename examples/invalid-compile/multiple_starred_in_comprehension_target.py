pairs = [a for *a, *b in [(1, 2)]]
