# Kadane's algorithm: the largest sum of a contiguous run.

def max_subarray(values):
    best = values[0]
    current = 0
    start = 0
    best_start = 0
    best_end = 0
    for i in range(len(values)):
        if current <= 0:
            current = values[i]
            start = i
        else:
            current += values[i]
        if current > best:
            best = current
            best_start = start
            best_end = i
    return best, best_start, best_end


data = [-2, 1, -3, 4, -1, 2, 1, -5, 4]
total, lo, hi = max_subarray(data)
print("best sum", total, "from index", lo, "to", hi)
run = []
for i in range(lo, hi + 1):
    run.append(data[i])
print("run:", run)
print(max_subarray([-8, -3, -6]))
