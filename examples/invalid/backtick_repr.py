x = 42
s = `x`
print(s)
