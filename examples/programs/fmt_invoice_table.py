# An invoice printed as a fixed-width table: alignment, grouping, precision and percentages.

ITEMS = [
    ("Widget, large", 12, 1249.5),
    ("Gadget", 3, 89.99),
    ("Service contract (annual)", 1, 15000.0),
    ("Cable", 250, 0.75),
    ("Adapter", 7, 12.125),
]
TAX_RATE = 0.0825
DISCOUNT = 0.05


def money(value, width=14):
    """Two decimals, thousands separators, right-aligned, minus sign after the padding."""
    return f"{value:=+{width},.2f}" if value < 0 else f"{value:>{width},.2f}"


def row(name, qty, price):
    total = qty * price
    name = name if len(name) <= 20 else name[:19] + "~"
    return "{:<20} {:>5d} {} {}".format(name, qty, money(price, 10), money(total))


def main():
    header = "{:<20} {:>5} {:>10} {:>14}".format("Item", "Qty", "Price", "Total")
    print(header)
    print("=" * len(header))
    subtotal = 0.0
    for name, qty, price in ITEMS:
        print(row(name, qty, price))
        subtotal += qty * price
    print("-" * len(header))
    discount = -subtotal * DISCOUNT
    taxed = (subtotal + discount) * TAX_RATE
    grand = subtotal + discount + taxed
    for label, value in [("Subtotal", subtotal), (f"Discount {DISCOUNT:.0%}", discount),
                         (f"Tax {TAX_RATE:.2%}", taxed), ("TOTAL", grand)]:
        print(f"{label:>37} {money(value)}")
    print()
    # The same figures in other notations.
    print(f"grand total in cents: {round(grand * 100):_d}")
    print(f"grand total, scientific: {grand:.3e} / {grand:.4g} / {grand:#.4g}")
    print(f"share of the contract: {15000.0 / subtotal:7.2%}")
    print(f"hex invoice number: {48879:#06x} {48879:#_b}")
    widths = [len(n) for n, _, _ in ITEMS]
    print("name widths:", " ".join(f"{w:02d}" for w in widths))
    print(f"{'centered':*^30}")
    print(f"{'left':-<12}|{'right':->12}")
    print("{0:{fill}{align}{width}}".format("nested", fill=".", align="^", width=16))


main()
