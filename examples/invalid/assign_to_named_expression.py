values = [1, 2]
(n := len(values)) = 3
print(n)
