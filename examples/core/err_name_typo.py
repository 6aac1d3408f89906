# A misspelled variable name raises NameError inside a function.

def area(width, height):
    return width * height


def perimeter(width, height):
    return 2 * (width + heigth)


w, h = 3, 4
print("area:", area(w, h))
print("perimeter:", perimeter(w, h))
print("not reached")
