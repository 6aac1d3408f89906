class Shape:
    global sides
    sides: int
