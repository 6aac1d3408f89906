def first[T](items):
    return items[0]

print(first([1, 2]))
