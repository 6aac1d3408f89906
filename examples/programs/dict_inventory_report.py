# Warehouse inventory: dict.fromkeys, setdefault, views, sorted reports and dict union.
stock = dict.fromkeys(["bolts", "nuts", "washers", "screws"], 0)
deliveries = [("bolts", 120), ("nuts", 80), ("screws", 45), ("bolts", 30), ("rivets", 10)]
for item, qty in deliveries:
    stock[item] = stock.get(item, 0) + qty
print(stock)

orders = {}
for customer, item, qty in [("ana", "bolts", 20), ("ben", "nuts", 5), ("ana", "screws", 12), ("cy", "bolts", 200)]:
    orders.setdefault(customer, []).append((item, qty))
print(orders)

shortfalls = {}
for customer, lines in orders.items():
    for item, qty in lines:
        if stock[item] >= qty:
            stock[item] -= qty
        else:
            shortfalls[(customer, item)] = qty - stock[item]
print("after:", stock)
print("short:", shortfalls)

keys = stock.keys()
print(sorted(keys), "rivets" in keys, len(keys))
print(keys & {"nuts", "gears"}, keys - {"bolts"} == {"nuts", "washers", "screws", "rivets"})
low = {k: v for k, v in stock.items() if v < 50}
print("low stock:", low, max(stock, key=stock.get), min(stock.values()))
print(dict(sorted(stock.items(), key=lambda kv: (-kv[1], kv[0]))))
merged = stock | {"gears": 7, "nuts": 0}
print(merged, list(reversed(merged))[:2])
stock |= {"washers": 3}
print(stock.pop("washers"), stock.popitem(), list(stock.items())[-1])
print(dict.__getitem__(stock, "bolts"), dict.__contains__(stock, "gears"), stock.__len__())
print(stock["gears"])
