n = 5
parity = "even" if n % 2 == 0
print(parity)
