version = 1.2.3
print(version)
print("ok")
