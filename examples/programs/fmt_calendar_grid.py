# Printing a month calendar grid and a multiplication table with careful column widths.
import datetime


def month_grid(year, month):
    first = datetime.date(year, month, 1)
    if month == 12:
        days = (datetime.date(year + 1, 1, 1) - first).days
    else:
        days = (datetime.date(year, month + 1, 1) - first).days
    lines = [first.strftime("%B %Y").center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    week = ["  "] * first.weekday()
    for day in range(1, days + 1):
        week.append(f"{day:2d}")
        if len(week) == 7:
            lines.append(" ".join(week))
            week = []
    if week:
        lines.append(" ".join(week))
    return "\n".join(lines)


print(month_grid(2024, 2))
print()
print(month_grid(2023, 12))
print()
n = 9
print("    " + "".join(f"{c:4d}" for c in range(1, n + 1)))
print("    " + "-" * (4 * n))
for r in range(1, n + 1):
    print(f"{r:2d} |" + "".join(f"{r * c:4d}" for c in range(1, n + 1)))
d = datetime.date(2024, 3, 15)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), f"{d:%d/%m/%Y}")
print(d + datetime.timedelta(days=30), d - datetime.date(2024, 1, 1), d.replace(day=1))
print(datetime.date(2024, 2, 29).toordinal() - datetime.date(2023, 2, 28).toordinal())
print(month_grid(2024, 13))
