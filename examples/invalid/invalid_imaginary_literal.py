z = 3 + 4j
w = 2j5
print(z * w)
