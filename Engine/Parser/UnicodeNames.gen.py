"""Generates UnicodeNames.bin: every name \\N{...} accepts in CPython 3.11 (Unicode 14.0).

Run with python3 3.11: python3 UnicodeNames.gen.py PATH/TO/NameAliases.txt
The names come from this python3's unicodedata. The aliases (which unicodedata.lookup and
\\N{} accept but cannot list) are read from the UCD's NameAliases.txt and kept only where this
python3 resolves them, so a file of a later Unicode version gives exactly 14.0's set.

The file is deflate-compressed UTF-8 text, one entry a line:
  "DELTA NAME"      a named code point, DELTA (hex) after the previous one of these lines
  "=CP NAME"        an alias of code point CP (hex)
  "*FIRST LAST P"   code points FIRST..LAST (hex) named P-XXXX (their hex, as CJK ideographs)
Hangul syllables are named by rule in UnicodeNames.cs.
"""
import re
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11), "the table is CPython 3.11's"
lines, ranges = [], []
previous = 0
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith("HANGUL SYLLABLE "):
        continue
    m = re.fullmatch(r"(.*)-([0-9A-F]{4,6})", name)
    if m and int(m.group(2), 16) == cp:
        if ranges and ranges[-1][2] == m.group(1) and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, m.group(1)])
        continue
    lines.append(f"{cp - previous:X} {name}")
    previous = cp
aliases = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for row in f:
        fields = row.split("#")[0].strip().split(";")
        if len(fields) < 2:
            continue
        cp, alias = int(fields[0], 16), fields[1].strip()
        try:
            if ord(unicodedata.lookup(alias)) != cp or unicodedata.name(chr(cp), None) == alias:
                continue
        except KeyError:
            continue
        lines.append(f"={cp:X} {alias}")
        aliases += 1
def looked_up(name):
    try:
        unicodedata.lookup(name)
        return True
    except KeyError:
        return False


# 3.11's lookup does not know every name name() gives: TANGUT IDEOGRAPH-XXXX is left out
ranges = [r for r in ranges if looked_up(f"{r[2]}-{r[0]:04X}")]
lines += [f"*{a:X} {b:X} {p}" for a, b, p in ranges]
data = zlib.compress("\n".join(lines).encode(), 9)
with open("UnicodeNames.bin", "wb") as f:
    f.write(data)
print(len(lines) - aliases - len(ranges), "names,", aliases, "aliases,", len(ranges), "ranges,", len(data), "bytes")
