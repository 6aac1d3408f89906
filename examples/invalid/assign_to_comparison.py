low = 1
high = 9
low < high = True
print(low, high)
