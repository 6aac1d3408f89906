found = {i for i in range(3) if (k := i) for k in range(2)}
