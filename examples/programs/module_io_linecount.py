# A word-count (wc) over an in-memory file, line by line with io.StringIO.
import io

TEXT = """It was the best of times,
it was the worst of times,
it was the age of wisdom,

it was the age of foolishness...
"""


def wc(f):
    lines = words = chars = 0
    longest = ""
    for line in f:
        lines += 1
        words += len(line.split())
        chars += len(line)
        if len(line.rstrip("\n")) > len(longest):
            longest = line.rstrip("\n")
    return lines, words, chars, longest


print(wc(io.StringIO(TEXT)))
f = io.StringIO(TEXT)
blank = [n for n, line in enumerate(f, 1) if not line.strip()]
print("blank lines:", blank)
f.seek(0)
print("truncate:", f.truncate(10), repr(f.getvalue()))
print(io.StringIO("a\r\nb", newline=None).read().split("\n"))
print(wc(io.StringIO("")))
