item = "pen"
print(f"{item!}")
print(item)
