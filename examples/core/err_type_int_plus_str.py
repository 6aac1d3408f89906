# Summing a list that holds a str among ints raises TypeError for int + str.

def add_up(values):
    total = 0
    for v in values:
        total = total + v
        print("running total:", total)
    return total


def summary(label, values):
    print(label, add_up(values))


summary("ok:", [1, 2, 3])
summary("mixed:", [4, 5, "6", 7])
