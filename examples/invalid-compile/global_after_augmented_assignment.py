hits = 0

def hit():
    hits += 1
    global hits
