# Binary search in a sorted list; returns the index or -1.

def binary_search(items, target):
    lo = 0
    hi = len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            print("  found after", steps, "steps")
            return mid
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    print("  gave up after", steps, "steps")
    return -1


sorted_values = [2, 5, 8, 12, 16, 23, 38, 56, 72, 91]
for target in [23, 2, 91, 7]:
    print("searching", target)
    print("  index:", binary_search(sorted_values, target))
