# expect: memory_limit_exceeded|time_limit_exceeded
# An int of billions of digits.
x = 7 ** (10 ** 10)
print(x.bit_length())
