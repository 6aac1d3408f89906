lambda x, *a, k=1: (x, a, k)
