# A line continuation deeper than the block: the statement after it is an unexpected indent
values = [3, 1, 2]
if values:
    values.sort()
        \
    print(values)
