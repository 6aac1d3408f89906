width = 10
prec = 2
value = 3.14159
print(f"{value:{width}.{prec:{width:{1}}}}")
