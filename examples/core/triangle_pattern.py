# Print triangles and a diamond of stars with nested loops.

def repeat(ch, n):
    s = ""
    for i in range(n):
        s += ch
    return s


height = 4
for row in range(1, height + 1):
    print(repeat("*", row))
print()
for row in range(height):
    print(repeat(" ", height - row - 1) + repeat("*", 2 * row + 1))
for row in range(height - 2, -1, -1):
    print(repeat(" ", height - row - 1) + repeat("*", 2 * row + 1))
