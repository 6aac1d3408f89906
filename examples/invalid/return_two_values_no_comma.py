def divide(a, b):
    return a // b a % b

print(divide(7, 2))
