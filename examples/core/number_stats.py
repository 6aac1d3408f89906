# Mean, median (of a sorted copy), mode and range of a list of ints.

def sorted_copy(values):
    out = []
    for v in values:
        out.append(v)
    for i in range(len(out)):
        for j in range(len(out) - 1 - i):
            if out[j] > out[j + 1]:
                out[j], out[j + 1] = out[j + 1], out[j]
    return out


def median(values):
    s = sorted_copy(values)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2


def mode(values):
    counts = {}
    best = values[0]
    for v in values:
        if v in counts:
            counts[v] += 1
        else:
            counts[v] = 1
        if counts[v] > counts[best]:
            best = v
    return best


data = [7, 3, 9, 3, 5, 8, 3, 9]
total = 0
for v in data:
    total += v
print("mean:", total / len(data))
print("median:", median(data))
print("mode:", mode(data))
print("range:", max(data) - min(data))
