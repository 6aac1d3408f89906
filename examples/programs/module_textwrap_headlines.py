# Fitting news headlines into columns: shorten(), max_lines with placeholders, and a too-narrow column.
import textwrap

HEADLINES = [
    "Local council approves long-awaited riverside park after decade-long debate",
    "Scientists discover a new species of deep-sea fish near volcanic vents",
    "Markets rally as inflation cools for the third consecutive month",
    "Short one",
    "Community library extends weekend hours -- volunteers wanted",
]


def column(text, width, lines):
    return textwrap.wrap(text, width, max_lines=lines, placeholder=" \u2026")


def main():
    for width in (40, 25):
        print(f"--- shorten to {width}")
        for h in HEADLINES:
            print(f"  {textwrap.shorten(h, width):<{width}}|")
    print("--- two-line cards, 22 wide")
    for h in HEADLINES[:3]:
        for line in column(h, 22, 2):
            print(f"  [{line:<22}]")
        print()
    print("--- custom placeholder")
    print(textwrap.shorten(HEADLINES[1], 30, placeholder=" [more]"))
    print(textwrap.shorten("   spaced    out     words   here   ", 15))
    wrapper = textwrap.TextWrapper(width=18, max_lines=3, placeholder="...", initial_indent="* ", subsequent_indent="  ")
    print("\n".join(wrapper.wrap(HEADLINES[0])))
    print(textwrap.fill(HEADLINES[4], 20))
    print("--- a column narrower than the placeholder")
    print(textwrap.shorten(HEADLINES[2], 4, placeholder=" [...]"))


main()
