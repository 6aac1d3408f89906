# Ages, birthdays and day counts with datetime.date.
from datetime import date, timedelta

PEOPLE = [
    ("Ada", date(1815, 12, 10)),
    ("Grace", date(1906, 12, 9)),
    ("Linus", date(1969, 12, 28)),
    ("Leap", date(2000, 2, 29)),
]
TODAY = date(2024, 3, 1)


def age_on(born, day):
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def next_birthday(born, day):
    year = day.year
    while True:
        try:
            candidate = born.replace(year=year)
        except ValueError:
            candidate = date(year, 3, 1)  # 29 February in a common year
        if candidate >= day:
            return candidate
        year += 1


for name, born in PEOPLE:
    nb = next_birthday(born, TODAY)
    print(f"{name:6} born {born:%d %b %Y} ({born.strftime('%A')}), age {age_on(born, TODAY)}, "
          f"next birthday {nb.isoformat()} in {(nb - TODAY).days} days")

span = PEOPLE[2][1] - PEOPLE[0][1]
print("Ada to Linus:", span, "=", span.days // 365, "years roughly")
weekdays = [(TODAY + timedelta(days=i)).strftime("%a") for i in range(7)]
print(" ".join(weekdays))
print(TODAY.isocalendar(), TODAY.toordinal(), date.fromordinal(TODAY.toordinal() + 100))
print(sorted(born for _, born in PEOPLE)[0], max(PEOPLE, key=lambda p: p[1])[0])
print(date(2024, 2, 30))
