try:
    n = int("7")
except ValueError:
    n = 0
else:
print(n)
