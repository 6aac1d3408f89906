# A table with wrapped cells using textwrap.TextWrapper.
import textwrap

rows = [
    ("tokenize", "Split the source text into tokens, keeping positions for error messages."),
    ("parse", "Build the abstract syntax tree from the tokens."),
    ("compile", "Turn the tree into bytecode with a symbol table and an optimiser pass."),
    ("execute", "Run the bytecode."),
]
wrapper = textwrap.TextWrapper(width=34, break_long_words=False)
print(f"+{'-' * 10}+{'-' * 36}+")
for name, desc in rows:
    lines = wrapper.wrap(desc)
    for i, line in enumerate(lines):
        print(f"| {name if i == 0 else '':8} | {line:34} |")
    print(f"+{'-' * 10}+{'-' * 36}+")
tw = textwrap.TextWrapper(width=25, max_lines=2, placeholder="...")
print(tw.fill(rows[2][1]))
tw2 = textwrap.TextWrapper(width=12, expand_tabs=True, tabsize=4, replace_whitespace=True)
print(tw2.wrap("a\tb\tc d e f g h"))
print(repr(textwrap.fill("  leading and   inner   spaces  ", 40)))
