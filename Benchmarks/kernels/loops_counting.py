# Loops: nested counting loops with int arithmetic and comparisons.
total = 0
for i in range(600):
    for j in range(600):
        if (i ^ j) & 3 == 0:
            total += i * j % 7
print(total)
