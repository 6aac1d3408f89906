#!/usr/bin/env python3
"""Writes examples/invalid-compile/README.md from what the oracle says about each program there.

  python3 tools/gen_invalid_compile_readme.py [--check]

Every program must parse (`cpython.py parse` answers a tree: a program the parser rejects belongs
in examples/invalid) and fail to compile (`cpython.py compile` answers an error). The table lists
CPython 3.11's type, line:offset and message for each file, then the distinct messages. Asks the
oracle twice in all (one batch per stage). --check: fail if the README is not what it would
write (it is regenerated, never edited by hand).
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "examples", "invalid-compile")
ORACLE = os.path.join(os.path.dirname(ROOT), "shared", "oracle", "cpython.py")

HEADER = """# Invalid programs the compiler rejects

Each file is a short program with exactly one mistake that `ast.parse` accepts but `compile()`
rejects under CPython 3.11 with a SyntaxError: the errors raised after parsing, by the symbol
table (Python/symtable.c: `global`/`nonlocal` misuse, duplicate arguments, `yield` and `:=` in
comprehensions, `import *` outside the module, expressions in annotations under
`from __future__ import annotations`), by the future-statement check (Python/future.c) and by
code generation (Python/compile.c: `return`/`yield`/`await`/`break`/`continue` out of place,
asynchronous constructs outside `async def`, starred targets, repeated keywords, `__debug__`,
nested blocks, `except:` order, match-pattern checks). Most messages come with several
placements: module level, class body, nested function, lambda, comprehension, async function.
Programs the parser already rejects are in `examples/invalid`.

The table is what the oracle, `cpython.py compile FILE` (see CONFORMANCE.md), reports for each
file (type, `lineno:offset`, `msg`), written by `python3 tools/gen_invalid_compile_readme.py`.
"""


def oracle(stage, files, out):
    subprocess.run([sys.executable, ORACLE, stage, "--out", out] + files, check=True,
                   env=dict(os.environ, PYTHONHASHSEED="0"))
    answers = {}
    for f in files:
        with open(os.path.join(out, os.path.basename(f) + "." + stage + ".json"), encoding="utf-8") as a:
            answers[os.path.basename(f)] = json.load(a)
    return answers


def main():
    files = sorted(glob.glob(os.path.join(CORPUS, "*.py")))
    with tempfile.TemporaryDirectory() as out:
        parsed = oracle("parse", files, out)
        compiled = oracle("compile", files, out)
    problems = [n + ": the parser rejects it" for n, a in parsed.items() if "error" in a]
    problems += [n + ": compiles without error" for n, a in compiled.items() if "error" not in a]
    if problems:
        sys.exit("\n".join(problems))

    errors = {n: a["error"] for n, a in compiled.items()}
    types = collections.Counter(e["type"] for e in errors.values())
    lines = [HEADER, "%d files: %s.\n" % (len(errors), ", ".join("%d %s" % (c, t) for t, c in types.most_common())),
             "| file | type | at | message |", "|---|---|---|---|"]
    for name, e in sorted(errors.items()):
        lines.append("| `%s` | %s | %s:%s | `%s` |" % (name, e["type"], e["lineno"], e["offset"], e["msg"]))
    lines += ["", "## Distinct messages", "",
              "Names, keys and attributes quoted in a message are grouped as `X`.", "",
              "| files | message |", "|---|---|"]
    messages = collections.Counter(generic(e["msg"]) for e in errors.values())
    for msg, count in sorted(messages.items(), key=lambda m: (-m[1], m[0])):
        lines.append("| %d | `%s` |" % (count, msg))
    text = "\n".join(lines) + "\n"

    readme = os.path.join(CORPUS, "README.md")
    if "--check" in sys.argv[1:]:
        with open(readme, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(readme + " is out of date: run python3 tools/gen_invalid_compile_readme.py")
        return
    with open(readme, "w", encoding="utf-8") as f:
        f.write(text)
    print("%s: %d files, %d distinct messages" % (readme, len(errors), len(messages)))


def generic(msg):
    """The message with the program's own names taken out, so each message is counted once."""
    msg = re.sub(r"(name|argument|variable|target|nonlocal|name capture) '[^']*'", r"\1 'X'", msg)
    msg = re.sub(r"(keyword argument repeated|attribute name repeated in class pattern): .*", r"\1: X", msg)
    msg = re.sub(r"duplicate key \(.*\)$", "duplicate key (X)", msg)
    msg = re.sub(r"future feature \S+ is", "future feature X is", msg)
    return msg


if __name__ == "__main__":
    main()
