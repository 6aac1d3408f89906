with open("notes.txt") as f
    for line in f:
        print(line)
