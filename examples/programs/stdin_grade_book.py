# A grade book: reads "name score score ..." lines from stdin (a sample class when stdin is
# empty), averages each student and assigns letter grades. A malformed score stops the run.
import io
import sys

SAMPLE = """\
alice 91 88 97
bob 72 65 80
carol 85 90 78
dave 55 61 49
erin 100 95 98
frank 78 8O 91
"""

if not sys.stdin.read():
    sys.stdin = io.StringIO(SAMPLE)

CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def letter(average):
    for cutoff, grade in CUTOFFS:
        if average >= cutoff:
            return grade
    return "F"


def parse(line):
    name, *scores = line.split()
    return name, [int(s) for s in scores]


book = {}
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    name, scores = parse(line)
    average = sum(scores) / len(scores)
    book[name] = (average, letter(average))
    print(f"{name:<6} {' '.join(f'{s:3d}' for s in scores)}  avg {average:6.2f}  {book[name][1]}")

counts = {}
for _, grade in book.values():
    counts[grade] = counts.get(grade, 0) + 1
print("distribution:", dict(sorted(counts.items())))
