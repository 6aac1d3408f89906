# A call that leaves out a parameter with no default raises TypeError.

def describe(name, kind, legs=4):
    return name + " is a " + kind + " with " + str(legs) + " legs"


def describe_all(animals):
    for animal in animals:
        print(describe(animal))


print(describe("Rex", "dog"))
print(describe("Tweety", "bird", 2))
describe_all(["Felix"])
