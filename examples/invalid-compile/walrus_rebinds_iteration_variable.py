values = [i := i * 2 for i in range(5)]
