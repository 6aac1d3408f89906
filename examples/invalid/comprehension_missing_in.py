numbers = [1, 2, 3]
squares = [n * n for n numbers]
print(squares)
