# Split CSV lines with quoted fields using a verbose regular expression, then type the columns.
import re

FIELD = re.compile(r"""
    \s*                     # leading spaces
    (?:
        "(?P<quoted>(?:[^"]|"")*)"   # a quoted field, "" is an escaped quote
      | (?P<plain>[^,"]*?)           # or a plain field
    )
    \s*
    (?:,|$)                 # the separator or the end of the line
""", re.VERBOSE)

NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")

ROWS = '''name, joined, balance, note
"Smith, Jane", 2021-04-09, 1520.50, "said ""hi"""
Bob, 2019-12-31, -20, plain note
"O'Neil", 2022-02-30, 3e3, ""
Li, not-a-date, .5,'''


def split_line(line):
    fields, pos = [], 0
    while pos <= len(line):
        m = FIELD.match(line, pos)
        if m.group("quoted") is not None:
            fields.append(m.group("quoted").replace('""', '"'))
        else:
            fields.append(m.group("plain"))
        if m.end() == pos or m.end() >= len(line):
            break
        pos = m.end()
    return fields


def convert(value):
    if NUMBER.fullmatch(value):
        return float(value) if re.search(r"[.eE]", value) else int(value)
    m = DATE.fullmatch(value)
    if m:
        return tuple(int(v) for v in m.group("y", "m", "d"))
    return value


lines = ROWS.splitlines()
header = split_line(lines[0])
print(header)
for line in lines[1:]:
    values = [convert(v) for v in split_line(line)]
    record = dict(zip(header, values))
    print(record)

print(FIELD.groupindex)
print(NUMBER.findall("x=3, y=-4.5, z=1e-3, w=.25"))
print([m.span() for m in DATE.finditer("2020-01-01 to 2020-13-01 and 2020-12-31")])
