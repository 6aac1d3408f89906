# Calling a function with one argument too many raises TypeError.

def clamp(value, low, high):
    if value < low:
        return low
    if value > high:
        return high
    return value


print(clamp(5, 0, 10))
print(clamp(-3, 0, 10))
print(clamp(42, 0, 10))
print(clamp(7, 0, 10, 1))
