x = {}
while True:
    x = {"next": x, "pad": [0, 0, 0, 0]}
