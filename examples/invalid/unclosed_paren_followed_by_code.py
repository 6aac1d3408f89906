width = 4
area = (width * 3
height = 2
print(area, height)
