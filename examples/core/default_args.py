# Default parameter values, including None as "not given".

def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


def scale(values, factor=2, out=None):
    if out is None:
        out = []
    for v in values:
        out.append(v * factor)
    return out


print(greet("Ada"))
print(greet("Grace", "Hi"))
print(greet("Linus", "Hey", "?"))
print(scale([1, 2, 3]))
print(scale([1, 2, 3], 10))
existing = [0]
result = scale([4, 5], 3, existing)
print(result, result is existing)
