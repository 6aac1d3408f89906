# An invoice with Decimal: discounts, VAT per rate, rounding to cents, and a summary table.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN

CENT = Decimal("0.01")
LINES = [
    ("Notebook", Decimal("3.49"), 12, Decimal("0.20")),
    ("Pencil box", Decimal("7.95"), 3, Decimal("0.20")),
    ("Bread", Decimal("2.35"), 4, Decimal("0.055")),
    ("Coffee beans", Decimal("11.90"), 2, Decimal("0.055")),
]


def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


by_rate = {}
net_total = Decimal(0)
for name, price, qty, rate in LINES:
    net = price * qty
    if qty >= 10:
        net *= Decimal("0.9")  # bulk discount
    net = money(net)
    net_total += net
    by_rate[rate] = by_rate.get(rate, Decimal(0)) + net
    print(f"{name:<14}{qty:>4} x {price:>6} = {net:>8}")

print("-" * 36)
vat_total = Decimal(0)
for rate, base in sorted(by_rate.items()):
    vat = money(base * rate)
    vat_total += vat
    print(f"VAT {rate:>6.1%} on {base:>8}: {vat:>7}")
print(f"{'net':<20}{net_total:>16}")
print(f"{'gross':<20}{net_total + vat_total:>16}")
print(Decimal("2.345").quantize(CENT, ROUND_HALF_EVEN), Decimal("2.355").quantize(CENT, ROUND_HALF_EVEN))
print((net_total / 3).quantize(CENT), net_total.as_tuple().exponent, -net_total)
print(Decimal("19.99") * Decimal("0.5"), Decimal("100") / Decimal("3"))
print(Decimal("10.00") / Decimal("0.00"))
