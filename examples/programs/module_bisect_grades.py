# Letter grades and a sorted leaderboard with bisect.
import bisect

BREAKS = [60, 70, 80, 90]
LETTERS = "FDCBA"


def grade(score):
    return LETTERS[bisect.bisect(BREAKS, score)]


scores = {"ann": 93, "bob": 58, "cid": 70, "dee": 89, "eve": 90, "fay": 69}
for name, s in scores.items():
    print(f"{name}: {s} -> {grade(s)}")
board = []
for name, s in scores.items():
    bisect.insort(board, (-s, name))
print("leaderboard:", [(n, -s) for s, n in board])
ordered = sorted(scores.values())
print("sorted:", ordered)
print("rank of 80:", bisect.bisect_left(ordered, 80), "of 90:", bisect.bisect_left(ordered, 90), bisect.bisect_right(ordered, 90))
lo = bisect.bisect_left(ordered, 65)
hi = bisect.bisect_right(ordered, 90)
print("between 65 and 90:", ordered[lo:hi])
print("key:", bisect.bisect([("a", 1), ("c", 3)], 2, key=lambda p: p[1]))
print(grade("93"))
