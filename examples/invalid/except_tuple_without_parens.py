try:
    number = int("x")
except ValueError, TypeError:
    number = 0
print(number)
