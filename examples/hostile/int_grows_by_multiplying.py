x = 1
while True:
    x = x * 10 ** 1000
