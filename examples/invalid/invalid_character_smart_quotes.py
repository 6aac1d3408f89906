name = "Ada"
print(“Hello”, name)
print("bye")
