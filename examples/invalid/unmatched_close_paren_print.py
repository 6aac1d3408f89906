name = "Ada"
print(len(name)))
print(name)
