# Looking up which time slot an event falls into, and a sorted-list search.
from bisect import bisect_left, bisect_right, insort_left

slots = [0, 480, 720, 780, 1020, 1440]  # minutes since midnight
names = ["night", "morning", "lunch", "afternoon", "evening"]


def slot_of(minute):
    i = bisect_right(slots, minute) - 1
    if i < 0 or i >= len(names):
        raise ValueError(f"minute out of range: {minute}")
    return names[i]


for hhmm in ["07:59", "08:00", "12:30", "13:00", "17:45", "23:59"]:
    h, m = map(int, hhmm.split(":"))
    print(hhmm, slot_of(h * 60 + m))


def contains(sorted_list, x):
    i = bisect_left(sorted_list, x)
    return i != len(sorted_list) and sorted_list[i] == x


data = []
for x in [42, 7, 19, 88, 3, 56, 19]:
    insort_left(data, x)
print(data, contains(data, 19), contains(data, 20))
print("count of 19:", bisect_right(data, 19) - bisect_left(data, 19))
print(slot_of(1500))
