# Structural pattern matching: literals, sequences, mappings, builtin class patterns, guards.

def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as flag:
            return "a flag: " + str(flag)
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "a negative int " + str(n)
        case int() | float() as number:
            return "a number " + str(number)
        case "":
            return "an empty string"
        case str(text):
            return "text of length " + str(len(text))
        case []:
            return "an empty list"
        case [x]:
            return "one item: " + repr(x)
        case [first, second]:
            return "a pair " + repr(first) + " and " + repr(second)
        case (first, *middle, last):
            return "from " + repr(first) + " to " + repr(last) + " through " + repr(middle)
        case {"name": str(name), "age": int(age)} if age >= 18:
            return name + ", an adult"
        case {"name": name, **extra}:
            return str(name) + " with " + repr(extra)
        case {}:
            return "a mapping without a name"
        case _:
            return "something else"


samples = [None, True, 0, -7, 3, 2.5, "", "hello", [], [1], [1, "b"], (1, 2, 3, 4),
           {"name": "Ann", "age": 30}, {"name": "Bo", "age": 9, "city": "Oslo"}, {"x": 1}, {1, 2}]
for sample in samples:
    print(repr(sample), "->", describe(sample))


def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["go", *_]:
            return "go where?"
        case ["take", item, *rest] if not rest:
            return "taking the " + item
        case ["take", *items]:
            return "taking " + str(len(items)) + " things"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case _:
            return "say something"


for line in ["go north", "go up", "take lamp", "take lamp key", "quit", "dance now", ""]:
    print(repr(line), "->", run(line))


def area(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return 3 * r * r
        case {"kind": "rect", "size": [w, h]} | {"kind": "rect", "w": w, "h": h}:
            return w * h
        case ("square", side) | ["square", side]:
            return side * side
        case _:
            return -1


total = 0
for shape in [{"kind": "circle", "r": 2}, {"kind": "rect", "size": [3, 4]},
              {"kind": "rect", "w": 5, "h": 6}, ("square", 7), ["square", 8], "blob"]:
    a = area(shape)
    total += a
    print(shape, a)
print("total area:", total)

point = (3, -3)
match point:
    case (0, 0):
        print("origin")
    case (x, 0) | (0, x):
        print("on an axis at", x)
    case (x, y) if x == -y:
        print("on the anti-diagonal at", x, y)
    case (x, y):
        print("somewhere:", x, y)
