# cmp_to_key comparators: version strings, largest concatenated number, and custom orders.
from functools import cmp_to_key


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    length = max(len(pa), len(pb))
    pa += [0] * (length - len(pa))
    pb += [0] * (length - len(pb))
    return (pa > pb) - (pa < pb)


def concat_order(a, b):
    ab, ba = a + b, b + a
    return -1 if ab > ba else 1 if ab < ba else 0


SUIT_ORDER = {s: i for i, s in enumerate("♣♦♥♠")}
RANK_ORDER = {r: i for i, r in enumerate("23456789TJQKA")}


def card_cmp(x, y):
    kx = (RANK_ORDER[x[0]], SUIT_ORDER[x[1]])
    ky = (RANK_ORDER[y[0]], SUIT_ORDER[y[1]])
    return (kx > ky) - (kx < ky)


versions = ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.2.10", "1.02.1"]
print(sorted(versions, key=cmp_to_key(compare_versions)))
print(max(versions, key=cmp_to_key(compare_versions)))
nums = [3, 30, 34, 5, 9, 0, 91]
print("".join(sorted(map(str, nums), key=cmp_to_key(concat_order))))
hand = ["K♠", "2♥", "A♣", "T♦", "2♣", "K♥", "9♠"]
print(sorted(hand, key=cmp_to_key(card_cmp)), sorted(hand, key=cmp_to_key(card_cmp), reverse=True)[:2])
key = cmp_to_key(compare_versions)
print(key("1.0") == key("1"), key("1.0") < key("1.1"), type(key("1")).__name__)
calls = []


def logging_cmp(a, b):
    calls.append((a, b))
    return a - b


print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(logging_cmp)), len(calls) > 0)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(sorted(versions + ["1.x"], key=cmp_to_key(compare_versions)))
