# Dict insertion order, merging, and sets of strings built from a small shopping dataset.
baskets = [
    ["milk", "bread", "eggs"],
    ["bread", "butter", "jam"],
    ["milk", "eggs", "cheese", "bread"],
    ["apples", "milk"],
    ["jam", "bread", "apples"],
]
stock = {"milk": 10, "bread": 4, "eggs": 12, "jam": 2}
prices = {"milk": 1.2, "bread": 2.5, "eggs": 0.3, "butter": 3.1, "jam": 4.0, "cheese": 6.5, "apples": 0.8}

everything = set().union(*baskets)
print(len(everything), everything)
common = set(baskets[0]).intersection(*baskets[2:3])
print(common, set(baskets[1]).isdisjoint(baskets[3]), {"milk"} <= set(baskets[2]))
missing = everything - stock.keys()
print(missing, stock.keys() & {"milk", "tea"}, stock.keys() | {"tea"})
merged = stock | {"butter": 5, "milk": 0}
print(merged, list(merged)[-1])
stock |= {"cheese": 1}
print(stock)
popularity = {}
for basket in baskets:
    for item in basket:
        popularity[item] = popularity.get(item, 0) + 1
print(popularity)
print(sorted(popularity, key=popularity.get, reverse=True)[:3])
del popularity["eggs"]
popularity["eggs"] = 9
print(list(popularity.items())[-2:], popularity.pop("jam"), popularity.popitem())
print({k: v for k, v in sorted(prices.items(), key=lambda kv: kv[1])})
print(set(prices.values()), {round(v) for v in prices.values()})
totals = [sum(prices[i] for i in b) for b in baskets]
print([f"{t:.2f}" for t in totals])
print(dict(zip(["a", "b"], [1, 2])), dict([("x", 1)], y=2), {**stock, "tea": 0}.keys())
print({"zebra", "yak", "xerus", "walrus", "vole", "urial"})
print(prices["tea"])
