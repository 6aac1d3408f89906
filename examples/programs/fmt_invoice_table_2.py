# An invoice printed with format specs: alignment, fill, thousands separators and percentages.
items = [
    ("Widget", 4, 3.5),
    ("Gadget with a very long name", 1, 1299.99),
    ("Bolt", 250, 0.045),
    ("Service fee", 1, 75),
]
tax_rate = 0.0825
width = 52

print(f"{' INVOICE ':=^{width}}")
print(f"{'Item':<24}{'Qty':>6}{'Price':>10}{'Total':>12}")
print("-" * width)
subtotal = 0
for name, qty, price in items:
    total = qty * price
    subtotal += total
    label = name if len(name) <= 22 else name[:21] + "…"
    print(f"{label:<24}{qty:>6d}{price:>10.2f}{total:>12,.2f}")
print("-" * width)
tax = subtotal * tax_rate
print(f"{'Subtotal':<40}{subtotal:>12,.2f}")
print(f"{'Tax ' + format(tax_rate, '.2%'):<40}{tax:>12,.2f}")
print(f"{'TOTAL':<40}{subtotal + tax:>12,.2f}")
print(f"{'':=^{width}}")

print(f"{1234567.891:_.1f} {-42:+06d} {42:#x} {255:#010b} {3.14159:e} {0.000123:g}")
print(f"{'left':*<10}|{'mid':^9}|{'right':>8}|")
print("{:>8.3s}|{:^7}|{!r:>10}".format("truncate", True, "q"))
print("{0}-{1}-{0} {name}".format("a", "b", name="kw"), "{:,}".format(10 ** 9))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), round(2.675, 2))
print(f"{12345.6789:10.2f}|{12345.6789:<10.1f}|{-0.0:.1f}|{float('inf'):>6}|")
percent = [0.1234, 0.5, 1.0, 0.00049]
print(" ".join(f"{p:.1%}" for p in percent))
print(f"{'nested':{'>'}{12}}", f"{3:{'0'}{4}}", f"{7!s:>3}{'x'!a}")
for n in (0, 7, 255, 4096):
    print(f"{n:5d} {n:#6o} {n:#6x} {n:>12b} {n:c}" if n else f"{n:5d} zero")
print(f"{'price':>8}: {19.999:.{2}f}")
print(f"{'oops':d}")
