numbers = [1, 2, 3]
total = sum(n * n for n in numbers
print(total)
