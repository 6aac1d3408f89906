# Sums a CSV of sales read line by line from stdin ("for line in sys.stdin"); with an empty
# stdin it reads the sample below through io.StringIO instead, the same way.
import io
import sys

SAMPLE = """region,product,units,price
north,widget,12,2.50
south,widget,7,2.50
north,gadget,3,10.00
east,widget,20,2.25
south,gizmo,5,7.75
east,gadget,1,10.00
"""

lines = list(sys.stdin)
source = lines if lines else io.StringIO(SAMPLE)

header = None
totals = {}
units_by_product = {}
for raw in source:
    fields = raw.rstrip("\n").split(",")
    if header is None:
        header = fields
        print("columns:", header)
        continue
    row = dict(zip(header, fields))
    amount = int(row["units"]) * float(row["price"])
    totals[row["region"]] = totals.get(row["region"], 0) + amount
    units_by_product[row["product"]] = units_by_product.get(row["product"], 0) + int(row["units"])

print("revenue by region:")
for region, amount in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"  {region:<6} {amount:8.2f}")
print("units by product:", units_by_product)
best = max(units_by_product, key=units_by_product.get)
print("best seller:", best)
print("grand total: %.2f" % sum(totals.values()))
