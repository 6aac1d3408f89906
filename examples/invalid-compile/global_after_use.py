total = 0

def report():
    print(total)
    global total
