# Reflowing paragraphs with textwrap: widths, indents, shortening.
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
for width in (30, 45):
    print(f"--- width {width}")
    print(textwrap.fill(TEXT, width=width))
print("--- lines:", len(textwrap.wrap(TEXT, 20)))
print(textwrap.fill(TEXT, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
code = """
    def hello():
        print("hi")
"""
print(textwrap.dedent(code))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(textwrap.indent("a\nb", "+ ", predicate=lambda line: line.startswith("b")))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10))
print(textwrap.wrap("x", width=0))
