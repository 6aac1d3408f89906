try:
x = int("5")
except ValueError:
    x = 0
