values = [1, 2, 3]
(*rest) = values
print(rest)
