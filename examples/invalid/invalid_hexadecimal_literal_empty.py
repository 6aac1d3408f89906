mask = 0x
flags = 0x1f
print(mask & flags)
