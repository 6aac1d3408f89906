lines = ["a", "b"]
print(f"{'\n'.join(lines)}")
print(len(lines))
