with open("a.txt") as f:
text = f.read()
print(text)
