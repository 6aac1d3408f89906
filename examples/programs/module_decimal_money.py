# Money with decimal.Decimal: exact cents, rounding modes, and invoice totals.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN

CENT = Decimal("0.01")
items = [("widget", Decimal("19.99"), 3), ("gadget", Decimal("4.333"), 7), ("gizmo", Decimal("0.10"), 10)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f"{name:8} {qty:3} x {price:>7} = {line:>8}")
tax = (subtotal * Decimal("0.0825")).quantize(CENT, ROUND_HALF_UP)
print(f"subtotal {subtotal}, tax {tax}, total {subtotal + tax}")
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
for v in ("2.675", "2.665", "-2.675"):
    d = Decimal(v)
    print(v, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT, ROUND_HALF_EVEN), d.quantize(CENT, ROUND_DOWN))
print(Decimal("1.30") == Decimal("1.3"), Decimal("1.30"), Decimal("10") / 4, Decimal(7) // 2)
print(sum([Decimal("1.1")] * 3), Decimal("-0"), Decimal("1e3") + 1)

def split_bill(total, people):
    share = (total / people).quantize(CENT, ROUND_DOWN)
    rest = total - share * people
    return [share + CENT if i < rest / CENT else share for i in range(people)]


print(split_bill(Decimal("100.00"), 3), sum(split_bill(Decimal("100.00"), 3)))
print(Decimal("12.5abc"))
