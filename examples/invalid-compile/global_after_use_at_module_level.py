print(value)
global value
value = 3
