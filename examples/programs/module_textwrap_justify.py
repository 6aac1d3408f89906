# Full justification of text on top of textwrap.wrap.
import textwrap


def justify(text, width):
    lines = textwrap.wrap(text, width)
    out = []
    for line in lines[:-1]:
        words = line.split()
        if len(words) == 1:
            out.append(words[0].ljust(width))
            continue
        gaps = len(words) - 1
        spaces = width - sum(map(len, words))
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(words[:-1]):
            s += w + " " * (q + (1 if i < r else 0))
        out.append(s + words[-1])
    out.append(lines[-1])
    return out


poem = ("Two roads diverged in a yellow wood, and sorry I could not travel both "
        "and be one traveler, long I stood and looked down one as far as I could.")
for line in justify(poem, 28):
    print(f"|{line:28}|")
print(justify("", 10))
