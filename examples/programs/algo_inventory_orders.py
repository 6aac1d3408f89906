# An inventory system processing orders with restocks, backorders and a JSON report.
import json


class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku, self.wanted, self.available = sku, wanted, available


class Inventory:
    def __init__(self):
        self.stock = {}
        self.prices = {}
        self.backorders = []

    def add(self, sku, qty, price=None):
        self.stock[sku] = self.stock.get(sku, 0) + qty
        if price is not None:
            self.prices[sku] = price

    def take(self, sku, qty):
        have = self.stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = have - qty
        return qty * self.prices[sku]

    def order(self, customer, lines):
        total = 0
        for sku, qty in lines:
            try:
                total += self.take(sku, qty)
            except OutOfStock as e:
                self.backorders.append((customer, sku, e.wanted - e.available))
                total += self.take(sku, e.available) if e.available else 0
        return round(total, 2)

    def report(self):
        low = sorted([sku for sku, q in self.stock.items() if q < 5])
        value = sum(q * self.prices[s] for s, q in self.stock.items())
        return json.dumps({"low": low, "value": round(value, 2), "backorders": self.backorders}, indent=2)


inv = Inventory()
inv.add("PEN", 40, 1.25)
inv.add("PAD", 12, 3.5)
inv.add("INK", 3, 8.0)
inv.add("CLIP", 200, 0.02)
orders = [
    ("acme", [("PEN", 10), ("PAD", 2)]),
    ("bolt", [("INK", 5), ("CLIP", 150)]),
    ("core", [("PAD", 11), ("PEN", 5)]),
]
for customer, lines in orders:
    print(f"{customer}: {inv.order(customer, lines):.2f}")
print(inv.stock)
inv.add("INK", 10)
print(inv.report())
print(inv.take("CLIP", 50), inv.stock["CLIP"])
inv.take("GLUE", 1)
