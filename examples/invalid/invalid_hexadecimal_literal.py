red = 0xff0000
green = 0x00ff0g
print(red, green)
