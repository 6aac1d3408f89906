total = 1 + \ # keep going
    2 + 3
print(total)
