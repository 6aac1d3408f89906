def describe(name, age:
    return name + " is " + str(age)

print(describe("Ada", 36))
