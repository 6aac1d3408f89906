path = "C:\Users\ada\notes.txt"
with open(path) as f:
    print(f.read())
