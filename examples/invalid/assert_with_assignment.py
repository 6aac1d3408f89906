total = 10
assert total = 10
print(total)
