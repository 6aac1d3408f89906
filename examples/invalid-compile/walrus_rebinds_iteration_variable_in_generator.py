total = sum((n := n + 1) for n in range(10))
