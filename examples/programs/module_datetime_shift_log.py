# Working hours from a shift log: parsing, durations and weekly totals.
from datetime import datetime, timedelta

LOG = """\
2024-04-01 08:55 17:10 alice
2024-04-01 09:30 18:45 bob
2024-04-02 22:00 06:15 alice
2024-04-03 08:00 12:00 bob
2024-04-04 13:00 21:30 alice
2024-04-05 07:45 16:00 bob"""

totals = {}
for line in LOG.splitlines():
    day, start, end, who = line.split()
    begin = datetime.strptime(f"{day} {start}", "%Y-%m-%d %H:%M")
    finish = datetime.strptime(f"{day} {end}", "%Y-%m-%d %H:%M")
    if finish <= begin:
        finish += timedelta(days=1)  # the shift ends after midnight
    worked = finish - begin
    totals[who] = totals.get(who, timedelta()) + worked
    print(f"{who:6} {begin:%a %H:%M} -> {finish:%a %H:%M} {worked} ({worked.total_seconds() / 3600:.2f} h)")

for who, total in sorted(totals.items()):
    hours, rest = divmod(total, timedelta(hours=1))
    print(f"{who}: {hours} h {rest // timedelta(minutes=1)} min, overtime {max(total - timedelta(hours=20), timedelta(0))}")

week = datetime(2024, 4, 1)
print([str((week + timedelta(days=d)).date()) for d in range(0, 7, 2)])
print(repr(totals["alice"]), totals["alice"] > totals["bob"], abs(totals["bob"] - totals["alice"]))
print(datetime.strptime("2024-04-31 10:00", "%Y-%m-%d %H:%M"))
