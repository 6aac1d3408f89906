user = "ann"
print(f"Hello {}!")
print(user)
