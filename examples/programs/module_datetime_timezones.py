# Fixed-offset time zones with datetime.timezone: converting flight times.
from datetime import datetime, timezone, timedelta

UTC = timezone.utc
NYC = timezone(timedelta(hours=-5), "EST")
TOKYO = timezone(timedelta(hours=9), "JST")
depart = datetime(2024, 1, 10, 11, 30, tzinfo=NYC)
duration = timedelta(hours=14, minutes=5)
arrive = (depart + duration).astimezone(TOKYO)
print("depart", depart.isoformat(), depart.tzname())
print("arrive", arrive.isoformat(), arrive.tzname())
print("in UTC", depart.astimezone(UTC), arrive.astimezone(UTC))
print("same instant:", depart.astimezone(UTC) == depart, arrive - depart)
print(NYC, TOKYO.utcoffset(None), UTC.tzname(None), repr(TOKYO))
naive = datetime(2024, 1, 10, 11, 30)
print(naive.tzinfo, naive.replace(tzinfo=UTC).utcoffset())
print(datetime.fromtimestamp(0, tz=UTC), datetime.fromtimestamp(86400 * 366, tz=TOKYO))

def weekdays_between(a, b):
    # working days from a (inclusive) to b (exclusive)
    days = 0
    while a < b:
        if a.weekday() < 5:
            days += 1
        a += timedelta(days=1)
    return days


print("working days in March 2024:", weekdays_between(datetime(2024, 3, 1), datetime(2024, 4, 1)))
print(naive < depart)
