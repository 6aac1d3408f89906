x = None
while True:
    x = [x, x]
    x = [x]
