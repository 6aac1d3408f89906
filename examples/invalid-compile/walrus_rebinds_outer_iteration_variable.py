def pairs(rows):
    return [[(row := cell) for cell in row] for row in rows]
