# Lengths of Collatz sequences; find the longest start below a bound.

def collatz_length(n):
    length = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        length += 1
    return length


best_start = 1
best_length = 1
for start in range(1, 12):
    length = collatz_length(start)
    if length > best_length:
        best_start, best_length = start, length
print("longest chain below 12 starts at", best_start, "with", best_length, "terms")
print("length for 7:", collatz_length(7))
