try:
    value = int("12")
print(value)
