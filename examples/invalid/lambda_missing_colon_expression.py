nums = [1, 2, 3]
doubled = map(lambda n n * 2, nums)
print(list(doubled))
