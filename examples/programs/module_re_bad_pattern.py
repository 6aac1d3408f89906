# A search tool that builds patterns from user filters: wildcards are translated, raw regexes
# are compiled as given, and one user's regex is invalid.
import re

DOCUMENTS = {
    "notes.txt": "Meeting at 10:30 with the team.\nTODO: send report\nTODO: book room",
    "readme.md": "# Project\nRun `make test` before committing.\nSee docs/index.md",
    "data.csv": "id,name,score\n1,ada,97\n2,alan,88\n3,grace,91",
}


def wildcard_to_regex(pattern):
    parts = []
    for piece in re.split(r"([*?])", pattern):
        if piece == "*":
            parts.append(".*")
        elif piece == "?":
            parts.append(".")
        else:
            parts.append(re.escape(piece))
    return "^" + "".join(parts) + "$"


def find(filters):
    results = {}
    for kind, text in filters:
        if kind == "name":
            rx = re.compile(wildcard_to_regex(text))
            hits = [name for name in DOCUMENTS if rx.match(name)]
        else:
            rx = re.compile(text, re.M)
            hits = [f"{name}:{m.start()}" for name, body in DOCUMENTS.items() for m in rx.finditer(body)]
        results[text] = hits
        print(f"{kind:5} {text!r:24} -> {rx.pattern!r}: {hits}")
    return results


find([
    ("name", "*.txt"),
    ("name", "????.csv"),
    ("grep", r"^TODO: (\w+)"),
    ("grep", r"\b\d{2}:\d{2}\b"),
    ("grep", r"(?i)^# \w+"),
    ("grep", r"\d+,(?P<who>[a-z]+),9\d"),
])

scores = {m["name"]: int(m["score"]) for m in re.finditer(r"^\d+,(?P<name>\w+),(?P<score>\d+)$", DOCUMENTS["data.csv"], re.M)}
print(scores)
print(re.sub(r"(\w+)\.(md|txt)", r"\2:\1", " ".join(DOCUMENTS)))

# The last user typed a quantifier with nothing before it.
find([("grep", r"*TODO")])
