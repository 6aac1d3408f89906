square = lambda x: return x * x
print(square(3))
print(square(4))
