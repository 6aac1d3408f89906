# Reformatting help text: dedent a docstring, wrap it with hanging indents, indent a quote.
import textwrap


def command(name, summary, options):
    """Build the help page of a command from an indented docstring-like summary."""
    body = textwrap.dedent(summary).strip()
    lines = [f"{name.upper()}", ""]
    for paragraph in body.split("\n\n"):
        lines.append(textwrap.fill(paragraph, width=48, initial_indent="    ", subsequent_indent="    "))
        lines.append("")
    lines.append("OPTIONS")
    for flag, text in options:
        head = f"  {flag:<14}"
        wrapped = textwrap.wrap(text, width=48, initial_indent=head, subsequent_indent=" " * len(head))
        lines.extend(wrapped)
    return "\n".join(lines)


SUMMARY = """
        Copy files from one place to another, keeping their modes and
        timestamps when asked to. Long file names are never truncated.

        With --dry-run nothing is written; every action is printed
        instead, so that you can check a well-thought-out plan first.
    """

OPTIONS = [
    ("-n, --dry-run", "Print what would be copied without copying anything at all."),
    ("-p", "Preserve modes, owners and time-stamps of the copied files."),
    ("--exclude=PAT", "Skip files matching PAT; may be given several times to build up a list."),
]


def main():
    print(command("copy", SUMMARY, OPTIONS))
    print()
    quote = "Simple is better than complex.\nComplex is better than complicated.\n\nFlat is better than nested.\n"
    print(textwrap.indent(quote, "> "), end="")
    print(textwrap.indent(quote, "| ", lambda line: True), end="")
    wrapper = textwrap.TextWrapper(width=30, fix_sentence_endings=True, break_on_hyphens=False)
    print(wrapper.wrap("It works. Really it does! The state-of-the-art parser is fine."))
    print(textwrap.wrap("A_very_long_identifier_that_cannot_fit and more", 12))
    print(textwrap.wrap("A_very_long_identifier_that_cannot_fit and more", 12, break_long_words=False))
    print(textwrap.wrap("  leading and   inner   spaces  ", 10, drop_whitespace=False))
    print(repr(textwrap.dedent("\tone\n\t  two\n\n\tthree")))


main()
