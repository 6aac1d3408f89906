flags = 0b1010
more = 0b1021
print(flags | more)
