done = False
not done = True
print(done)
