f = open("data.txt")
try:
    data = f.read()
finally
    f.close()
