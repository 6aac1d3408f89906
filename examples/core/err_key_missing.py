# Looking up a key that is not in the dict raises KeyError.

prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}


def cost(item, quantity):
    return prices[item] * quantity


def bill(order):
    total = 0.0
    for item, quantity in order:
        line = cost(item, quantity)
        print(item, quantity, line)
        total += line
    return total


print(bill([("apple", 4), ("milk", 2)]))
print(bill([("bread", 1), ("cheese", 1)]))
