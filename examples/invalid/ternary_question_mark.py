age = 20
status = age >= 18 ? "adult" : "minor"
print(status)
