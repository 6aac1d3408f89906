index = {k: (k := 1) for k in range(3)}
