f = open("a.txt")
try:
    data = f.read()
finally:
f.close()
