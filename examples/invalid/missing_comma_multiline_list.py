sizes = [
    10,
    20
    30,
]
print(sizes)
