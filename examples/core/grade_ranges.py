# Letter grades using chained comparisons.

def grade(score):
    if 90 <= score <= 100:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 70 <= score < 80:
        return "C"
    elif 0 <= score < 70:
        return "F"
    else:
        return "?"


scores = [95, 83, 70, 69.5, 100, 101, -3]
tally = {"A": 0, "B": 0, "C": 0, "F": 0, "?": 0}
for s in scores:
    g = grade(s)
    tally[g] += 1
    print(s, g)
print(tally)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2, 1 < 3 > 2)
