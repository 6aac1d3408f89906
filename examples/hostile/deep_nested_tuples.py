x = ()
while True:
    x = (x, 1, 2, 3)
