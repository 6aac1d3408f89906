# Averages, minimum and maximum of a list of float measurements.

def average(values):
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def spread(values):
    return max(values) - min(values)


temperatures = [21.5, 19.0, 23.25, 18.75, 22.0, 20.5]
avg = average(temperatures)
print("average:", avg)
print("spread:", spread(temperatures))
above = 0
for t in temperatures:
    if t > avg:
        above += 1
print("days above average:", above)
print("rounded down:", int(avg), "as float:", float(int(avg)))
print(0.1 + 0.2, 1 / 3, 2.5 * 4, 7 / 2, -7 // 2, 7.5 // 2)
