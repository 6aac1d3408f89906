# Sorting with functools.cmp_to_key: version strings and the largest-number puzzle.
from functools import cmp_to_key


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    for x, y in zip(pa + [0] * (len(pb) - len(pa)), pb + [0] * (len(pa) - len(pb))):
        if x != y:
            return -1 if x < y else 1
    return 0


versions = ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.2.10", "1.10.1"]
print(sorted(versions))
print(sorted(versions, key=cmp_to_key(compare_versions)))


def largest_number(nums):
    strs = sorted(map(str, nums), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs).lstrip("0") or "0"


print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]), largest_number([0, 0]))
key = cmp_to_key(compare_versions)
print(key("1.0") == key("1"), key("1.1") < key("1.01.1"))
print(sorted(versions, key=cmp_to_key(lambda a, b: a < b)))
print(sorted(versions, key=cmp_to_key(len)))
