# Inventory reports with operator.itemgetter, attrgetter and methodcaller.
import operator
from operator import attrgetter, itemgetter, methodcaller


class Item:
    def __init__(self, name, price, qty, supplier):
        self.name = name
        self.price = price
        self.qty = qty
        self.supplier = supplier

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name})"


class Supplier:
    def __init__(self, name, country):
        self.name = name
        self.country = country


acme = Supplier("Acme", "US")
bolt = Supplier("Bolt", "DE")
stock = [Item("bolt", 0.25, 400, bolt), Item("nut", 0.1, 1000, acme),
         Item("gear", 4.5, 30, acme), Item("spring", 1.2, 75, bolt)]

print(sorted(stock, key=attrgetter("price")))
print(sorted(stock, key=attrgetter("supplier.country", "name")))
print(list(map(methodcaller("value"), stock)))
get_info = attrgetter("name", "supplier.name")
print([get_info(i) for i in stock])

rows = [(i.name, i.qty, i.price) for i in stock]
print(sorted(rows, key=itemgetter(1), reverse=True))
print(list(map(itemgetter(0, 2), rows)))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter("a")({"a": 1}))
print(sum(map(operator.mul, [i.price for i in stock], [i.qty for i in stock])))
print(operator.itemgetter(1), attrgetter("supplier.name"), methodcaller("split", ",", maxsplit=1))
totals = {}
for item in stock:
    totals[item.supplier.name] = operator.add(totals.get(item.supplier.name, 0), item.qty)
print(totals)
print(max(totals.items(), key=itemgetter(1)))
print(methodcaller("ljust", 8, ".")("qty"), operator.countOf([i.supplier for i in stock], acme))
print(attrgetter("supplier.city")(stock[0]))
