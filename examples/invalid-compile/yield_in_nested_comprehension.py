def grid(rows):
    return [[(yield cell) for cell in row] for row in rows]
