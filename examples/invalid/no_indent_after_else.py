ok = False
if ok:
    print("yes")
else:
print("no")
