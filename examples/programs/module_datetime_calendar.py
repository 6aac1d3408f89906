# Date arithmetic with datetime: ages, weekdays, days between dates.
from datetime import date, timedelta, datetime

birthdays = {"ada": date(1815, 12, 10), "alan": date(1912, 6, 23), "grace": date(1906, 12, 9)}
today = date(2024, 3, 15)
for name, born in birthdays.items():
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name:6} born {born.isoformat()} ({born.strftime('%A')}), age {age}")
d = date(2024, 1, 31)
for _ in range(4):
    d += timedelta(days=29)
    print(d, d.weekday(), d.isocalendar())
delta = date(2024, 12, 25) - today
print("days to christmas:", delta.days, delta)
print(timedelta(hours=36, minutes=90), timedelta(seconds=-1), timedelta(weeks=1) / timedelta(days=1))
dt = datetime(2024, 2, 29, 23, 59, 30)
print(dt + timedelta(seconds=45), (dt + timedelta(days=365)).date())

def weekdays_between(a, b):
    # working days from a (inclusive) to b (exclusive)
    days = 0
    while a < b:
        if a.weekday() < 5:
            days += 1
        a += timedelta(days=1)
    return days


print("working days in March 2024:", weekdays_between(datetime(2024, 3, 1), datetime(2024, 4, 1)))
print(dt.replace(year=2023))
