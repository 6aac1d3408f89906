class Stats:
    found = any((hit := n) > 2 for n in range(5))
