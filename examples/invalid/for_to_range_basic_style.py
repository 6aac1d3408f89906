total = 0
for i in 1 to 10:
    total = total + i
print(total)
