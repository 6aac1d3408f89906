def merge(*first, *second):
    return first + second

print(merge(1, 2))
