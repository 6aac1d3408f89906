name = "ada"
upper = name.
print(upper)
