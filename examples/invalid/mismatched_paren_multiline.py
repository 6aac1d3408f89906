items = ["pen", "ink"]
message = ", ".join(
    items
]
print(message)
