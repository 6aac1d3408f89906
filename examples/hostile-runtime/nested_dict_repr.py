# expect: error RecursionError
# A dict nested a hundred thousand deep: repr recurses past the limit.
d = {}
for _ in range(100_000):
    d = {"a": d}
print(d)
