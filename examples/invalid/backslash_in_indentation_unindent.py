# A line continuation inside the indentation: its column is the indentation of the next line
def total(items):
    result = 0
    for item in items:
        result += item
  \
    return result
