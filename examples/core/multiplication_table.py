# Print a multiplication table with nested loops and padding by hand.

def pad(text, width):
    while len(text) < width:
        text = " " + text
    return text


size = 5
header = "   |"
for j in range(1, size + 1):
    header += pad(str(j), 4)
print(header)
line = "---+"
for j in range(size):
    line += "----"
print(line)
for i in range(1, size + 1):
    row = pad(str(i), 3) + "|"
    for j in range(1, size + 1):
        row += pad(str(i * j), 4)
    print(row)
