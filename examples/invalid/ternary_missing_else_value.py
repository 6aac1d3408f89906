x = 4
label = "even" if x % 2 == 0 else
print(label)
