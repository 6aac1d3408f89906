total = 0
for 1 in range(5):
    total += 1
print(total)
