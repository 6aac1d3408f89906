temperature = 31
if temperature > 30
    print("hot")
else:
    print("fine")
