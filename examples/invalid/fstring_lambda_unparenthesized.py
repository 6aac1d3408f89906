n = 4
print(f"{lambda x: x * 2}")
print(n)
