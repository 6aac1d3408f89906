name = "Ada"
age = 36
print(f"{name} is {age years old")
