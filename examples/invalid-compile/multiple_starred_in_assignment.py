*head, middle, *tail = range(10)
