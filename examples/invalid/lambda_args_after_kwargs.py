make = lambda **fields, name: name
print(make(name="x"))
print("done")
