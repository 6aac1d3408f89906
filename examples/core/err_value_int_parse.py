# int() on text that is not a number raises ValueError.

def parse_all(fields):
    numbers = []
    for field in fields:
        numbers.append(int(field))
    return numbers


print(parse_all(["1", "22", "-333"]))
total = 0
for n in parse_all(["4", "5", "six", "7"]):
    total += n
print(total)
