value = 3
if value > 2:
    break
