# expect: memory_limit_exceeded|error
# A string of ten billion characters.
s = "ab" * (5 * 10 ** 9)
print(len(s))
