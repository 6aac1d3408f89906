ready = True
if :
    print("go")
print(ready)
