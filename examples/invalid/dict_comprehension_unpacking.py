parts = [{"a": 1}, {"b": 2}]
merged = {**p for p in parts}
print(merged)
