try:
    x = int("five")
except ValueError:
x = 0
print(x)
