s = ""
while True:
    s += "x" * 100000
