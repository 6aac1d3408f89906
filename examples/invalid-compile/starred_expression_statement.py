items = [1, 2]
*items
