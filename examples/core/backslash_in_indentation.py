# Line continuations inside the indentation of a line (tokenizer.c reads them there)
def total(items):
    result = 0
    for item in items:
        result += item
    \
    return result


values = [3, 1, 2]
if values:
    values.sort()
\
    print(values)
  \

    # a comment after a continuation keeps the block open
    print(total(values))
