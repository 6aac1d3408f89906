prefix = b"ID:"
value = b"ID:" "42"
print(prefix, value)
