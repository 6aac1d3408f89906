# Grouping sorted records with itertools.groupby, and run-length encoding.
import itertools

sales = [
    ("north", "apples", 12), ("south", "pears", 7), ("north", "pears", 3),
    ("east", "apples", 9), ("south", "apples", 4), ("east", "plums", 11),
    ("north", "plums", 5),
]
sales.sort(key=lambda r: r[0])
for region, rows in itertools.groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    total = sum(r[2] for r in rows)
    print(f"{region:6} {total:4} {[r[1] for r in rows]}")


def rle(text):
    return [(ch, len(list(g))) for ch, g in itertools.groupby(text)]


def unrle(pairs):
    return "".join(ch * n for ch, n in pairs)


encoded = rle("aaabccddddde")
print(encoded)
print(unrle(encoded))
print("pairwise:", list(itertools.pairwise([1, 4, 9, 16])))
print("zip_longest:", list(itertools.zip_longest("abc", [1], fillvalue="-")))
print("takewhile:", list(itertools.takewhile(lambda x: x < 5, [1, 3, 6, 2])))
print("dropwhile:", list(itertools.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print("compress:", list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print("starmap:", list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print("filterfalse:", list(itertools.filterfalse(str.isdigit, "a1b2c3")))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
