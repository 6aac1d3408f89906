folder = "C:\\Users\\ada\"
print(folder)
print("done")
