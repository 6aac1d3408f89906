# Non-comparison sorts: counting sort, radix sort and bucket sort, checked against sorted().
import random

random.seed(99)


def counting_sort(values, key=lambda v: v):
    lo = min(map(key, values))
    hi = max(map(key, values))
    buckets = [[] for _ in range(hi - lo + 1)]
    for v in values:
        buckets[key(v) - lo].append(v)
    return [v for b in buckets for v in b]


def radix_sort(values, base=10):
    digits = len(str(max(values)))
    for d in range(digits):
        values = counting_sort(values, key=lambda v: v // base ** d % base)
    return values


def bucket_sort(values, n=5):
    buckets = [[] for _ in range(n)]
    for v in values:
        buckets[min(int(v * n), n - 1)].append(v)
    return [v for b in buckets for v in sorted(b)]


ints = [random.randint(0, 999) for _ in range(15)]
print(ints)
print(radix_sort(ints) == sorted(ints), radix_sort(ints)[:5])
print(counting_sort([3, -1, 2, -1, 0]))
people = [("zoe", 3), ("al", 1), ("bo", 3), ("cy", 2)]
print(counting_sort(people, key=lambda p: p[1]))
floats = [round(random.random(), 3) for _ in range(10)]
print(bucket_sort(floats) == sorted(floats), bucket_sort(floats)[:4])
print(sorted(ints, key=lambda v: (v % 10, v))[:6])
print(radix_sort([5, -3, 2]))
