# Merge two sorted lists, then merge sort a list recursively.

def merge(a, b):
    result = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            result.append(a[i])
            i += 1
        else:
            result.append(b[j])
            j += 1
    while i < len(a):
        result.append(a[i])
        i += 1
    while j < len(b):
        result.append(b[j])
        j += 1
    return result


def merge_sort(items, lo, hi):
    if hi - lo <= 1:
        part = []
        if hi > lo:
            part.append(items[lo])
        return part
    mid = (lo + hi) // 2
    return merge(merge_sort(items, lo, mid), merge_sort(items, mid, hi))


print(merge([1, 4, 9], [2, 3, 10, 11]))
data = [38, 27, 43, 3, 9, 82, 10]
print(merge_sort(data, 0, len(data)))
