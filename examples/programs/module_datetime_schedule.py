# Building a meeting schedule with datetime and timedelta, and parsing times.
from datetime import datetime, timedelta, time

start = datetime(2024, 5, 6, 9, 0)
meetings = [("standup", 15), ("design review", 60), ("lunch", 45), ("1:1", 30), ("planning", 90)]
t = start
for name, minutes in meetings:
    end = t + timedelta(minutes=minutes)
    print(f"{t:%H:%M}-{end:%H:%M}  {name}")
    t = end + timedelta(minutes=5)
print("day ends at", t.time(), "length", t - start)
stamp = datetime.strptime("2024-05-06T14:30:00", "%Y-%m-%dT%H:%M:%S")
print(stamp, stamp.isoformat(), stamp.timestamp() > 0)
print(datetime.fromisoformat("2024-05-06 08:15:00").hour, time(13, 5).isoformat(), time(13, 5) < time(14))
print(datetime(2024, 5, 6) < stamp, stamp.strftime("%I:%M %p on %b %d"), repr(stamp))
print(sorted([datetime(2024, 1, 2), datetime(2023, 12, 31), datetime(2024, 1, 1, 12)]))

def weekdays_between(a, b):
    # working days from a (inclusive) to b (exclusive)
    days = 0
    while a < b:
        if a.weekday() < 5:
            days += 1
        a += timedelta(days=1)
    return days


print("working days in March 2024:", weekdays_between(datetime(2024, 3, 1), datetime(2024, 4, 1)))
print(datetime.strptime("2024-13-01", "%Y-%m-%d"))
