x = 5
print(f"{x = 1}")
print(x)
