# Hand-written merge sort and quicksort with a key, checked against sorted().
def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


def quicksort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return xs
    pivot = key(xs[len(xs) // 2])
    return (quicksort([x for x in xs if key(x) < pivot], key) + [x for x in xs if key(x) == pivot]
            + quicksort([x for x in xs if key(x) > pivot], key))


words = "kiwi fig banana apple cherry date grape lime".split()
print(merge_sort(words))
print(merge_sort(words, key=len))
print(quicksort(words, key=lambda w: w[-1]))
print(merge_sort(words, key=len) == sorted(words, key=len))
nums = [9, 4, 7, 1, 8, 2, 2, 6]
print(quicksort(nums), merge_sort(nums, key=lambda n: -n))
