mode = "sync"
async = True
print(mode, async)
