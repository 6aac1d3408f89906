# Running totals and a running maximum over a list of deposits.

def running_totals(amounts):
    totals = []
    total = 0
    for amount in amounts:
        total += amount
        totals.append(total)
    return totals


def running_max(amounts):
    result = []
    best = amounts[0]
    for amount in amounts:
        best = max(best, amount)
        result.append(best)
    return result


deposits = [120, -40, 75, 300, -150, 20]
totals = running_totals(deposits)
print("deposits:", deposits)
print("totals:  ", totals)
print("max so far:", running_max(deposits))
i = 0
while i < len(totals):
    if totals[i] > 400:
        print("balance first passed 400 after deposit", i + 1)
        break
    i += 1
