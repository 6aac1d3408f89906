x = 7
while True:
    x = x * x
