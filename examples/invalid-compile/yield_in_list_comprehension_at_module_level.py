squares = [(yield n * n) for n in range(5)]
