limit = 10
global limit
print(limit)
