name = "ann"
f"{name}" = "bob"
print(name)
