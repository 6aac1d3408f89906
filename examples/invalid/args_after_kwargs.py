def build(**parts, name):
    return name

print(build(name="x"))
