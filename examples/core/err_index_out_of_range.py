# Walking one step past the end of a list raises IndexError.

def pairwise_differences(values):
    diffs = []
    i = 0
    while i < len(values):
        diffs.append(values[i + 1] - values[i])
        print("diff", i, diffs[i])
        i += 1
    return diffs


readings = [10, 13, 19, 22]
print(pairwise_differences(readings))
