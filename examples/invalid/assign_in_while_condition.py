line = "start"
while line = "":
    line = "next"
print(line)
