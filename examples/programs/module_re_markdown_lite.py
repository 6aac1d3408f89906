# Convert a small subset of Markdown to HTML with substitutions and backreferences.
import re

SOURCE = """# Release notes
Version **2.4** brings *faster* startup and a new `--quiet` flag.

## Fixes
- crash when the config file is **empty**
- wrong exit code on `SIGTERM`
- see [the tracker](https://example.com/issues?id=42) for details

Thanks to __all__ contributors!"""

INLINE = [
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), lambda m: f"<strong>{m.group(1) or m.group(2)}</strong>"),
    (re.compile(r"\*(.+?)\*"), r"<em>\1</em>"),
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)"), r'<a href="\g<url>">\g<text></a>'),
]
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
ITEM = re.compile(r"^[-*]\s+(.*)$")


def inline(text):
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def convert(markdown):
    html, in_list = [], False
    for block_line in markdown.splitlines():
        heading = HEADING.match(block_line)
        item = ITEM.match(block_line)
        if in_list and not item:
            html.append("</ul>")
            in_list = False
        if heading:
            level = len(heading.group(1))
            html.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif item:
            if not in_list:
                html.append("<ul>")
                in_list = True
            html.append(f"  <li>{inline(item.group(1))}</li>")
        elif block_line.strip():
            html.append(f"<p>{inline(block_line)}</p>")
    if in_list:
        html.append("</ul>")
    return "\n".join(html)


page = convert(SOURCE)
print(page)
tags = re.findall(r"<(\w+)[ >]", page)
print(sorted(set(tags)))
text_only, removed = re.subn(r"<[^>]+>", "", page)
print("tags removed:", removed)
print(re.sub(r"\n+", " / ", text_only))
print(re.findall(r'href="([^"]+)"', page))
toc = [(len(m.group(1)), m.group(2)) for m in re.finditer(r"^(#+) (.+)$", SOURCE, re.MULTILINE)]
print("toc:", toc)
