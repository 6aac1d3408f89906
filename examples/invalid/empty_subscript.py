scores = [10, 20, 30]
first = scores[]
print(first)
