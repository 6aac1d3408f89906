    import math
print(math.pi)
print("done")
