items = ["a", "b", "c"]
for item in items:
    print(end=" ", item)
print()
