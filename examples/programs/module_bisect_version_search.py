# Finding the first bad version by binary search, checked against bisect.
import bisect

versions = [f"1.{i}" for i in range(20)]
FIRST_BAD = 13
calls = []


def is_bad(i):
    calls.append(i)
    return i >= FIRST_BAD


def first_bad(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


i = first_bad(len(versions))
print("first bad:", versions[i], "checked", calls)


class Flags:
    def __len__(self):
        return len(versions)

    def __getitem__(self, i):
        return is_bad(i)


calls.clear()
print("bisect agrees:", bisect.bisect_left(Flags(), True) == i, len(calls), "probes")
temps = [-5.5, -1.0, 0.0, 2.5, 7.25, 15.0]
print("insert 3.0 at", bisect.bisect(temps, 3.0), "insert -1.0 left at", bisect.bisect_left(temps, -1.0))
print(bisect.bisect_left(temps, 1.0, lo=10))
