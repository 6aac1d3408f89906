# Average of each group; an empty group divides by zero two calls deep.

def total(values):
    t = 0
    for v in values:
        t += v
    return t


def average(values):
    return total(values) / len(values)


def report(groups):
    for name, values in groups:
        print(name, "average:", average(values))


groups = [("red", [3, 4, 5]), ("green", [10, 20]), ("blue", [])]
report(groups)
print("not reached")
