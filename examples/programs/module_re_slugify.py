# Make URL slugs and anchors from article titles, keeping them unique.
import re

TITLES = [
    "Hello, World!",
    "  Python 3.11: What's New?  ",
    "C# vs. Python -- a (friendly) comparison",
    "Hello World",
    "100% Pure __Magic__",
    "Émile Zola's « J'accuse »",
    "Tabs\tand\nnewlines",
]


def slugify(title, ascii_only=False):
    flags = re.ASCII if ascii_only else 0
    text = title.lower()
    text = re.sub(r"['’]", "", text)
    text = re.sub(r"[^\w\s-]", " ", text, flags=flags)
    text = re.sub(r"[\s_-]+", "-", text, flags=flags)
    return text.strip("-")


def unique(slugs):
    seen = {}
    out = []
    for slug in slugs:
        if slug in seen:
            seen[slug] += 1
            slug = f"{slug}-{seen[slug]}"
        else:
            seen[slug] = 0
        out.append(slug)
    return out


plain = [slugify(t) for t in TITLES]
ascii_slugs = [slugify(t, ascii_only=True) for t in TITLES]
for title, a, b in zip(TITLES, unique(plain), unique(ascii_slugs)):
    print(f"{title!r:45} {a:35} {b}")

valid = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
print([s for s in plain if not valid.fullmatch(s)])

words, count = re.subn(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox")
print(words, count)
print(re.escape("1+1=2? [yes]"), re.escape("tab\there"))
print(re.split(r"-", "a-b--c", maxsplit=2))
camel = ["parseHTTPResponse", "getX", "simpleCase", "already_snake"]
print([re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", c).lower() for c in camel])
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first>", "one two three four"))
