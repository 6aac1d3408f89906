header = b"GIF89a"
footer = b'\x00\x3b
print(header, footer)
