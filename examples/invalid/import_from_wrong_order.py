import math from sqrt
print(sqrt(16))
print(math.pi)
