values = [4, 1, 3]
result = max(values, key=abs default=0)
print(result)
