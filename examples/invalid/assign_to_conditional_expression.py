flag = True
x = 0
x if flag else y = 1
print(x)
