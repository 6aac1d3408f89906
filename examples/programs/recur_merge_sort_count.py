# Merge sort that counts inversions, quickselect, and binary search, all recursive.
import random

random.seed(11)


def merge_count(items):
    if len(items) <= 1:
        return list(items), 0
    mid = len(items) // 2
    left, a = merge_count(items[:mid])
    right, b = merge_count(items[mid:])
    merged, inversions = [], a + b
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            inversions += len(left) - i
            j += 1
    return merged + left[i:] + right[j:], inversions


def quickselect(items, k):
    pivot = items[len(items) // 2]
    lows = [x for x in items if x < pivot]
    highs = [x for x in items if x > pivot]
    pivots = len(items) - len(lows) - len(highs)
    if k < len(lows):
        return quickselect(lows, k)
    if k < len(lows) + pivots:
        return pivot
    return quickselect(highs, k - len(lows) - pivots)


def bsearch(items, target, lo=0, hi=None):
    hi = len(items) if hi is None else hi
    if lo >= hi:
        return -(lo + 1)
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return bsearch(items, target, mid + 1, hi)
    return bsearch(items, target, lo, mid)


data = [random.randint(1, 50) for _ in range(16)]
print(data)
ordered, inv = merge_count(data)
print(ordered, "inversions:", inv)
print(merge_count([1, 2, 3])[1], merge_count([3, 2, 1])[1], merge_count([])[0])
print([quickselect(data, k) for k in (0, 7, 15)], sorted(data)[7])
for target in (ordered[3], 51, 0, ordered[-1]):
    print(target, bsearch(ordered, target))
words = "pear fig apple kiwi banana cherry".split()
print(merge_count(words))
print(quickselect([], 0))
