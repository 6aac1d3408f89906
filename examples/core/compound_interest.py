# Compound interest year by year, and years needed to double.

def grow(principal, rate, years):
    balance = principal
    for year in range(1, years + 1):
        balance = balance * (1 + rate)
        print("year", year, "balance", int(balance * 100) / 100)
    return balance


def years_to_double(rate):
    balance = 1.0
    years = 0
    while balance < 2.0:
        balance *= 1 + rate
        years += 1
    return years


final = grow(1000.0, 0.05, 5)
print("final:", final)
for rate in [0.03, 0.07, 0.1]:
    print("at", rate, "doubles in", years_to_double(rate), "years")
