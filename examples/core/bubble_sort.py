# Bubble sort with an early exit when a pass makes no swaps.

def bubble_sort(items):
    n = len(items)
    passes = 0
    while True:
        swapped = False
        passes += 1
        for i in range(n - 1):
            if items[i] > items[i + 1]:
                items[i], items[i + 1] = items[i + 1], items[i]
                swapped = True
        n -= 1
        if not swapped:
            break
    return passes


data = [29, 3, 17, 8, 42, 1, 15]
print("before:", data)
count = bubble_sort(data)
print("after: ", data)
print("passes:", count)
