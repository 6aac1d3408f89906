# Insertion sort, counting how many elements are shifted.

def insertion_sort(items):
    shifts = 0
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
            shifts += 1
        items[j + 1] = key
    return shifts


numbers = [5, 2, 9, 1, 5, 6]
print("shifts:", insertion_sort(numbers), numbers)
names = ["pear", "apple", "fig", "banana"]
print("shifts:", insertion_sort(names), names)
already = [1, 2, 3]
print("shifts:", insertion_sort(already), already)
