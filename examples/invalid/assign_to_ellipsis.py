placeholder = 0
... = placeholder
print(placeholder)
