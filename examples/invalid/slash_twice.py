def clamp(value, /, low, /, high):
    return max(low, min(value, high))

print(clamp(5, 0, 3))
