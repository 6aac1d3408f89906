data = {"a": 1}
{"a": 1} = data
print(data)
