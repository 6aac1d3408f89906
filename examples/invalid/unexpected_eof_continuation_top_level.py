width = 3
height = 4
area = width * \
