n = 3
while:
    n -= 1
print(n)
