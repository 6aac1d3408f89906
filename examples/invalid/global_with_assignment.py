counter = 0
def bump():
    global counter = 1
    counter += 1
