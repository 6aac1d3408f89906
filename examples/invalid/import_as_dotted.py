import os.path as os.p
print(os.p.join("a", "b"))
print("done")
