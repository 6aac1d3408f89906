# Normalise dates written in several styles to ISO format; unknown styles raise ValueError.
import re

MONTHS = {name: i for i, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

STYLES = [
    ("iso", re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")),
    ("us", re.compile(r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{2}(?:\d{2})?)")),
    ("text", re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3})[a-z]*\.?,?\s+(?P<year>\d{4})", re.I)),
    ("compact", re.compile(r"(?P<year>\d{4})(?P<month>\d\d)(?P<day>\d\d)")),
]


def normalise(text):
    text = text.strip()
    for style, pattern in STYLES:
        m = pattern.fullmatch(text)
        if not m:
            continue
        parts = m.groupdict(default=None)
        year = int(parts["year"])
        if year < 100:
            year += 2000 if year < 50 else 1900
        if parts.get("mon"):
            month = MONTHS.get(parts["mon"].lower())
            if month is None:
                raise ValueError(f"unknown month {parts['mon']!r} in {text!r}")
        else:
            month = int(parts["month"])
        day = int(parts["day"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise ValueError(f"out of range: {text!r}")
        return style, f"{year:04d}-{month:02d}-{day:02d}"
    raise ValueError(f"unrecognised date {text!r}")


inputs = [
    "2024-3-7",
    "12/25/99",
    "1st March 2021",
    "  4 JULY, 1976 ",
    "20230115",
    "7/4/04",
    "31st Dec. 1999",
]
for raw in inputs:
    style, iso = normalise(raw)
    print(f"{raw!r:20} {style:8} {iso}")

log = "backup 2024-01-05 ok; restore 2024-1-9 failed; backup 20240110 ok"
found = re.findall(r"\b\d{4}-?\d{1,2}-?\d{1,2}\b", log)
print(found, [normalise(f)[1] for f in found])
m = STYLES[2][1].search("Due 3rd Aug 2025, pay up")
print(m.group(0), m.span("mon"), m.lastgroup, m.lastindex)

print(normalise("the 5th of November"))
