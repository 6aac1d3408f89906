try
    value = int("42")
except ValueError:
    value = 0
print(value)
