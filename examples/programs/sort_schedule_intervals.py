# Interval scheduling: sort meetings, merge overlaps, find free slots and count rooms.
meetings = [
    ("standup", 9.0, 9.25), ("design", 10.0, 11.5), ("lunch", 12.0, 13.0),
    ("review", 11.0, 12.0), ("1:1", 9.5, 10.0), ("demo", 14.0, 15.0),
    ("planning", 14.5, 16.0), ("sync", 15.5, 16.5),
]


def hhmm(t):
    return f"{int(t):02d}:{round(t % 1 * 60):02d}"


ordered = sorted(meetings, key=lambda m: (m[1], m[2]))
for name, start, end in ordered:
    print(f"{hhmm(start)}-{hhmm(end)} {name}")
merged = []
for _, start, end in ordered:
    if merged and start <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], end)
    else:
        merged.append([start, end])
print("busy:", [f"{hhmm(s)}-{hhmm(e)}" for s, e in merged])
free, cursor = [], 9.0
for s, e in merged:
    if s > cursor:
        free.append((cursor, s))
    cursor = max(cursor, e)
if cursor < 17.0:
    free.append((cursor, 17.0))
print("free:", [f"{hhmm(s)}-{hhmm(e)}" for s, e in free])
events = sorted([(s, 1) for _, s, _ in meetings] + [(e, -1) for _, _, e in meetings])
rooms = peak = 0
for t, delta in events:
    rooms += delta
    peak = max(peak, rooms)
print("rooms needed:", peak)
chosen, last_end = [], 0
for name, start, end in sorted(meetings, key=lambda m: m[2]):
    if start >= last_end:
        chosen.append(name)
        last_end = end
print("most meetings:", chosen)
print(sorted(meetings, key=lambda m: m[2] - m[1], reverse=True)[:3])
by_length = {}
for name, s, e in meetings:
    by_length.setdefault(e - s, []).append(name)
print(sorted(by_length.items()))
print(sorted(meetings, key=lambda m: m[3]))
