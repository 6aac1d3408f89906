parts = ["x" * 1000] * 1000
s = ""
while True:
    s = s + "".join(parts)
