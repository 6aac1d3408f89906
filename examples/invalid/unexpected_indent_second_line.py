name = "Ada"
    age = 36
print(name, age)
