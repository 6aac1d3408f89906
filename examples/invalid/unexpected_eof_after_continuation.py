numbers = [1, 2, 3]
total = 0
for n in numbers:
    total = total + \
