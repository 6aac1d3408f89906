n = 0
while n < 3 print(n)
n += 1
