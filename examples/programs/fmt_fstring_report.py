# f-strings in a sales report: expressions, nested specs, conversions and = debugging.
sales = {"north": [1200.5, 980.25, 1430.0], "south": [450.0, 610.75], "east": [2200.0, 1999.99, 2500.5, 1800.0]}
width = 10
print(f"{'region':<{width}}{'n':>3}{'total':>12}{'avg':>10}")
print(f"{'':-<{width + 25}}")
grand = 0
for region, amounts in sales.items():
    total = sum(amounts)
    grand += total
    print(f"{region.title():<{width}}{len(amounts):>3}{total:>12,.2f}{total / len(amounts):>10.1f}")
print(f"{'TOTAL':<{width}}{sum(map(len, sales.values())):>3}{grand:>12,.2f}")
cafe = "caf\u00e9"
best = max(sales, key=lambda r: sum(sales[r]))
print(f"{best=} {len(sales)=} {grand = :.0f}")
print(f"{best!r} {best!s} {best!a} {cafe!a}")
share = {r: sum(v) / grand for r, v in sales.items()}
print(", ".join(f"{r}: {s:.1%}" for r, s in share.items()))
print(f"{{literal braces}} {3 + 4} {'yes' if grand > 1e4 else 'no'} {[x * 2 for x in range(3)]}")
print(f"{grand:{'>'}{20}.{3}f}|", f"{sales['east'][0]:e}", f"{42:#06x}")
print(f"{grand:z}")
