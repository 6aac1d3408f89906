# Ordering an int against a str raises TypeError in a max search.

def largest(values):
    best = values[0]
    for v in values:
        if v > best:
            best = v
    return best


print(largest([3, 9, 2]))
print(largest(["kiwi", "fig", "plum"]))
print(largest([4, "five", 6]))
