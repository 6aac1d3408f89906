total = 0
for i = 0; i < 10; i++:
    total += i
print(total)
