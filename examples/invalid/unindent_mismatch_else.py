x = 4
if x > 3:
    print("big")
  else:
    print("small")
