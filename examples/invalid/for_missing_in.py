letters = "abc"
for ch letters:
    print(ch)
