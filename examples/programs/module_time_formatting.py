# Formatting fixed timestamps with time.gmtime and time.strftime, and parsing them back.
import time

STAMPS = [0, 951782400, 1234567890, 1700000000, 2147483647]
for ts in STAMPS:
    t = time.gmtime(ts)
    print(f"{ts:>10} {time.strftime('%Y-%m-%d %H:%M:%S', t)} {time.strftime('%a %d %b %Y, week %W, day %j', t)}")

t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, len(t), t[:3])
print(time.asctime(t), "|", time.strftime("%I:%M %p", t), "|", time.strftime("%y%m%d", t))
print(time.mktime(time.gmtime(86400)) - time.mktime(time.gmtime(0)))
parsed = time.strptime("2024-07-14 09:05:00", "%Y-%m-%d %H:%M:%S")
print(parsed.tm_wday, parsed.tm_yday, time.strftime("%A, %B %d", parsed))
durations = [59, 61, 3599, 3600, 86399, 90061]
for d in durations:
    print(d, time.strftime("%H:%M:%S", time.gmtime(d)), f"{d // 86400}d {time.strftime('%Hh%Mm', time.gmtime(d))}")
print(time.strptime("12:61", "%H:%M"))
