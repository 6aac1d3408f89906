width = 5
height = 3
area = width height
print(area)
