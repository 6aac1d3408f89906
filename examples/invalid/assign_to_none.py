result = 1
None = result
print(result)
