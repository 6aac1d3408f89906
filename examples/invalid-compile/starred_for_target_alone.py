for *chunk in [[1, 2]]:
    print(chunk)
