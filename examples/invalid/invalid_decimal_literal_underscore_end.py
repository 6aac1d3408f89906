population = 7_900_000_
area = 510_072_000
print(population / area)
