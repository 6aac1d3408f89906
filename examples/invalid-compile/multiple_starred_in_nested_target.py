def split(rows):
    (x, (*y, *z)) = rows
    return x
