debug = False
True = debug
print(debug)
