def double(x) = x * 2

print(double(4))
