#!/usr/bin/env python3
"""Robustness fuzzer for the running service (loopback only).

    python3 tools/fuzz.py --url http://127.0.0.1:5080 --requests 100000 --seconds 900 --workers 8 --seed 1

Sends every endpoint a deterministic (seeded) mix of hostile requests: mutated standard-library
sources, deep nesting, invalid UTF-8, lone surrogates, NUL characters, malformed JSON, wrong
types, odd content types and HTTP shapes, empty and huge bodies, and runaway programs with small
limits. Request number I is a pure function of (seed, I), whatever the number of workers, so
`--case I` sends exactly that request again.

It checks that nothing answers 5xx, that no connection is dropped, refused or reset (other than
the server closing after the client's own huge body), that no request hangs, and that /health
still answers at the end. Each failure is saved (request body and metadata, with a curl command)
under --out. Exit status: 0 when clean, 1 otherwise.
"""
import argparse
import collections
import http.client
import json
import keyword
import os
import random
import select
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback import health, require_loopback  # noqa: E402

STDLIB = "/usr/lib/python3.11"
EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
ENDPOINTS = ("tokenize", "parse", "compile", "execute")
MAX_SOURCE = 1 << 20

# ---------------------------------------------------------------------------------------------
# Corpus


class Corpus:
    """Standard-library and example sources, read lazily and cached."""

    def __init__(self):
        self.files = []
        for root in (STDLIB, EXAMPLES):
            for folder, dirs, names in os.walk(root):
                dirs.sort()
                if "site-packages" in folder or "dist-packages" in folder:
                    continue
                self.files.extend(os.path.join(folder, n) for n in sorted(names) if n.endswith(".py"))
        if not self.files:
            sys.exit("no Python sources found under %s" % STDLIB)
        self.cache = {}

    def text(self, rng):
        path = self.files[rng.randrange(len(self.files))]
        text = self.cache.get(path)
        if text is None:
            with open(path, "rb") as f:
                text = f.read().decode("utf-8", "surrogateescape")
            self.cache[path] = text
        return path, text

    def fragment(self, rng, limit=30000):
        """A file, or a window of whole lines of it no longer than `limit` characters."""
        path, text = self.text(rng)
        if len(text) <= limit or rng.random() < 0.05:
            return path, text
        start = text.rfind("\n", 0, rng.randrange(len(text) - limit)) + 1
        end = text.rfind("\n", start, start + limit) + 1 or start + limit
        return path, text[start:end]


# ---------------------------------------------------------------------------------------------
# Source mutations

BRACKETS = ["(", ")", "[", "]", "{", "}", "((((", "))))", "[[[", "]]]", "{{", "}}", "(]", "[)", "{)"]
QUOTES = ["'", '"', "'''", '"""', "f'", 'f"', "f'''{", 'rb"', "b'", "u'", "r'''", "\\", "f'{", "'{'", "f'{x!r:{y}}'",
          'f"{', "}'", "#", "\\\n", "'\\N{", "'\\x", "b'\\u'", "f'{}'", "f'{!r}'", "f'{a=}'", "f'{lambda x: 1}'"]
EXTRA_WORDS = ["match", "case", "_", "type", "print(", ":=", "->", "**", "*", "@", "lambda", "yield from", "await",
               "async def", "...", "::", ";", ",", ".", "=", "==", "!", "$", "?", "`", "<>", "0x", "1e", "1_",
               "0b2", "1__0", "0777", "0o8", "1j", "1.e", "__debug__", "None =", "del ()", "*a, *b =", "global x",
               "nonlocal x", "return", "yield", "break", "continue", "else:", "elif x:", "except*", "finally:",
               "try:", "with a as b:", "class C:", "def f(*, **k):", "def f(a, /, b):", "from . import *",
               "import a.b as c", "raise X from Y", "assert x, y", "if x:", "while 1:", "for x in y:"]
CHARS = ["\x00", "\x0c", "\r", "\t", "\u00e9", "\u200b", "\ufeff", "\U0001F600", "\u0301", "\u2028", "\x1b", "\x7f",
         "\u00a0", "\u3000", "\U0010ffff", "\ufffd", "\u0660", "\u00b2", "\u212b", "\u017f", "\ud800", "\udfff",
         "\udc80\ud800", "\x85", "\u1680", "\u00b7", "\U0001d400"]


def random_char(rng):
    if rng.random() < 0.7:
        return rng.choice(CHARS)
    return chr(rng.randrange(0x80, 0x110000))


def line_bounds(text, rng):
    """Start offsets of the text's lines."""
    starts = [0]
    position = text.find("\n")
    while position != -1 and len(starts) < 20000:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def mutate(text, rng, corpus):
    """One random mutation; returns (new text, mutation name)."""
    n = len(text)
    pos = rng.randrange(n + 1)
    span = rng.choice([1, 1, 2, 3, 5, 10, 50, 200])
    op = rng.randrange(16)
    if op == 0:
        return text[:pos] + text[pos + span:], "delete_chars"
    if op == 1 or op == 2 or op == 3:
        lines = text.splitlines(True)
        if not lines:
            return text + "\n", "newline"
        a = rng.randrange(len(lines))
        b = rng.randrange(len(lines))
        k = rng.choice([1, 1, 2, 5])
        if op == 1:
            del lines[a:a + k]
            return "".join(lines), "delete_lines"
        if op == 2:
            lines[a:a] = lines[a:a + k]
            return "".join(lines), "duplicate_lines"
        lines[a], lines[b] = lines[b], lines[a]
        return "".join(lines), "swap_lines"
    if op == 4:
        return text[:pos] + text[pos:pos + span] * rng.choice([2, 3, 10]) + text[pos + span:], "duplicate_chars"
    if op == 5:
        if n < 2:
            return text + text, "double"
        p = rng.randrange(n - 1)
        return text[:p] + text[p + 1] + text[p] + text[p + 2:], "swap_chars"
    if op == 6:
        return text[:pos], "truncate"
    if op == 7:
        return text[:pos] + rng.choice(BRACKETS) + text[pos:], "insert_bracket"
    if op == 8:
        return text[:pos] + rng.choice(QUOTES) + text[pos:], "insert_quote"
    if op == 9:
        starts = line_bounds(text, rng)
        s = rng.choice(starts)
        if rng.random() < 0.3:
            stripped = len(text[s:]) - len(text[s:].lstrip(" \t"))
            return text[:s] + text[s + stripped:], "dedent"
        indent = rng.choice([" ", "    ", "\t", " \t", "\t ", "        ", "\x0c", " " * 101])
        return text[:s] + indent + text[s:], "insert_indent"
    if op == 10:
        word = rng.choice(keyword.kwlist + keyword.softkwlist + EXTRA_WORDS)
        return text[:pos] + rng.choice(["", " "]) + word + rng.choice(["", " ", "\n"]) + text[pos:], "insert_keyword"
    if op == 11:
        _, other = corpus.fragment(rng, 3000)
        lines = other.splitlines(True)
        a = rng.randrange(len(lines) + 1)
        piece = "".join(lines[a:a + rng.randrange(1, 40)])
        starts = line_bounds(text, rng)
        s = rng.choice(starts) if rng.random() < 0.8 else pos
        return text[:s] + piece + text[s:], "splice"
    if op == 12:
        return text[:pos] + random_char(rng) + text[pos:], "insert_char"
    if op == 13:
        newline = rng.choice(["\r\n", "\r", "\n\n", "\\\n", "\n\x0c"])
        a, b = sorted((pos, rng.randrange(n + 1)))
        return text[:a] + text[a:b].replace("\n", newline) + text[b:], "newlines"
    if op == 14:
        a, b = sorted((pos, rng.randrange(n + 1)))
        return text[:a] + text[a:b].replace("    ", "\t") + text[b:], "tabs"
    piece = rng.choice(["0" * 5000, "1" * 4301, "9" * 100, "a" * 300, "'" + "x" * 300 + "'", "1.5e308", "1e999"])
    return text[:pos] + piece + text[pos:], "long_token"


def mutated_source(rng, corpus):
    path, text = corpus.fragment(rng)
    names = []
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4, 6])):
        text, name = mutate(text, rng, corpus)
        names.append(name)
    return text[:MAX_SOURCE], os.path.basename(path) + ":" + "+".join(names)


# ---------------------------------------------------------------------------------------------
# Deep nesting and runaway programs


def deep_source(rng):
    """A deeply nested program; returns (source, variant)."""
    n = rng.choice([50, 100, 200, 500, 1000, 3000, 10000, 30000, 100000])
    variants = {
        "parens": lambda: "(" * n + "1" + ")" * n + "\n",
        "unclosed": lambda: rng.choice("([{") * n + "\n",
        "mixed_brackets": lambda: mixed_brackets(rng, n),
        "dict": lambda: "x = " + "{1: " * n + "1" + "}" * n + "\n",
        "list_value": lambda: "x = " + "[" * n + "]" * n + "\nprint(x)\n",
        "tuple_value": lambda: "x = " + "(" * n + "1," + ")" * n + "\nprint(len(x))\n",
        "indent": lambda: "".join(" " * k + "if x:\n" for k in range(min(n, 3000))) + " " * min(n, 3000) + "pass\n",
        "indent_tabs": lambda: "".join("\t" * k + "while 1:\n" for k in range(min(n, 3000))) + "\t" * min(n, 3000) + "break\n",
        "defs": lambda: "".join(" " * k + "def f():\n" for k in range(min(n, 1500))) + " " * min(n, 1500) + "return 1\n",
        "unary_minus": lambda: "x = " + "-" * n + "1\n",
        "unary_mix": lambda: "x = " + "".join(rng.choice(["-", "+", "~", "not "]) for _ in range(n)) + "1\n",
        "not_chain": lambda: "x = " + "not " * n + "x\n",
        "attributes": lambda: "x = a" + ".b" * n + "\n",
        "calls": lambda: "x = f" + "()" * n + "\n",
        "nested_calls": lambda: "x = f(" * 1 + "f(" * n + ")" * (n + 1) + "\n",
        "subscripts": lambda: "x = a" + "[0]" * n + "\n",
        "lambdas": lambda: "f = " + "lambda: " * n + "0\n",
        "lambdas_args": lambda: "f = " + "lambda x: " * n + "x\nprint(f)\n",
        "fstrings": lambda: "x = " + nested_fstring(min(n, 2000)) + "\n",
        "fstring_parens": lambda: "x = f'{" + "(" * n + "1" + ")" * n + "}'\n",
        "binop_chain": lambda: "x = 1" + rng.choice(["+1", "*2", "-x", "|1", " @ a", "<<1"]) * n + "\n",
        "power_chain": lambda: "x = " + "2**" * n + "1\n",
        "compare_chain": lambda: "x = a" + "<a" * n + "\n",
        "bool_chain": lambda: "x = a" + rng.choice([" and a", " or a"]) * n + "\n",
        "ifexp_chain": lambda: "x = " + "1 if x else " * n + "2\n",
        "elif_chain": lambda: "if x:\n    pass\n" + "elif x:\n    pass\n" * n + "else:\n    pass\n",
        "string_concat": lambda: "x = " + "'a' " * n + "\n",
        "comprehensions": lambda: "x = " + nested_comprehension(min(n, 3000)) + "\n",
        "assign_chain": lambda: "a = " * n + "1\n",
        "decorators": lambda: "@d\n" * n + "def f(): pass\n",
        "with_items": lambda: "with " + ", ".join("a" for _ in range(n)) + ": pass\n",
        "starred": lambda: "x = [" + "*" * n + "a]\n",
        "continuations": lambda: "x = 1 " + "\\\n" * n + "\n",
        "long_int": lambda: "x = " + "9" * n + "\n",
        "long_name": lambda: "a" * n + " = 1\n",
        "many_lines": lambda: "x = 1\n" * min(n, 20000),
        "many_args": lambda: "f(" + ", ".join("a%d" % i for i in range(n)) + ")\n",
        "many_params": lambda: "def f(" + ", ".join("a%d" % i for i in range(min(n, 10000))) + "): pass\n",
        "big_list": lambda: "x = [" + "1, " * n + "]\nprint(len(x))\n",
        "big_dict": lambda: "x = {" + ", ".join("%d: %d" % (i, i) for i in range(n)) + "}\n",
        "try_nest": lambda: "".join(" " * k + "try:\n" for k in range(min(n, 300))) + " " * min(n, 300) + "pass\n",
        "eval_deep": lambda: "print(eval('(' * %d + '1' + ')' * %d))\n" % (n, n),
        "await_chain": lambda: "async def f():\n    return " + "await " * n + "x\n",
    }
    name = rng.choice(sorted(variants))
    return variants[name]()[:MAX_SOURCE], "%s*%d" % (name, n)


def mixed_brackets(rng, n):
    opens = "".join(rng.choice("([{") for _ in range(n))
    closes = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opens))
    if rng.random() < 0.5 and closes:
        k = rng.randrange(len(closes))
        closes = closes[:k] + rng.choice(")]}") + closes[k + 1:]
    return "x = " + opens + closes + "\n"


def nested_fstring(depth):
    quotes = ["'", '"', "'''", '"""']
    s = "1"
    for d in range(depth):
        q = quotes[d % 4]
        s = "f" + q + "{" + s + "}" + q
    return s


def nested_comprehension(depth):
    s = "x"
    for _ in range(depth):
        s = "[%s for x in y]" % s
    return s


RUNAWAY = {
    "while_true": "while True:\n    pass\n",
    "counter": "i = 0\nwhile True:\n    i += 1\n",
    "recursion": "def f(n):\n    return f(n + 1)\n\nf(0)\n",
    "recursion_noargs": "def f():\n    f()\n\nf()\n",
    "mutual_recursion": "def a(n):\n    return b(n)\n\ndef b(n):\n    return a(n + 1)\n\na(0)\n",
    "recursion_in_except": "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return f(n + 1)\n\nf(0)\n",
    "print_flood": "while True:\n    print('x' * 1000)\n",
    "print_huge": "print('x' * 10**8)\n",
    "print_many": "print(*range(10**6))\n",
    "list_bomb": "a = []\nwhile True:\n    a.append([0] * 4000)\n",
    "string_doubling": "s = 'x'\nwhile True:\n    s += s\n",
    "bigint_growth": "x = 1\nwhile True:\n    x = x * 10**100\n",
    "bigint_pow": "x = 10 ** 10 ** 8\n",
    "bigint_pow2": "x = 2 ** 2 ** 40\n",
    "list_mul": "x = [0] * 10**9\n",
    "tuple_mul": "x = (1,) * 10**9\n",
    "str_mul": "x = 'a' * 2**40\n",
    "str_mul_neg": "x = 'a' * -2**63\n",
    "list_doubling": "l = [1]\nwhile True:\n    l = l + l\n",
    "dict_growth": "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
    "generator": "def g():\n    while True:\n        yield 1\n\nfor x in g():\n    pass\n",
    "range_huge": "for i in range(10**18):\n    pass\n",
    "list_range": "x = list(range(10**8))\n",
    "exception_loop": "while True:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        pass\n",
    "format_width": "x = '{:>999999999}'.format(1)\n",
    "fstring_width": "x = f'{1:>999999999}'\n",
    "percent_width": "x = '%999999999d' % 1\n",
    "center": "x = 'x'.center(10**9)\n",
    "ljust": "x = 'x'.ljust(10**9)\n",
    "zfill": "x = 'a'.zfill(10**9)\n",
    "join_bomb": "x = ' '.join(['x'] * 10**8)\n",
    "int_str_limit": "print(2 ** 100000)\n",
    "int_parse_limit": "x = int('9' * 5000)\n",
    "chr_range": "x = chr(0x110000)\n",
    "input_loop": "while True:\n    input()\n",
    "str_growth": "s = ''\nwhile True:\n    s = s + str(len(s))\n",
    "nested_list_runtime": "a = []\nfor i in range(100000):\n    a = [a]\nprint(a)\n",
    "nested_dict_runtime": "d = {}\nfor i in range(100000):\n    d = {1: d}\nprint(d)\n",
    "nested_tuple_runtime": "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(hash(t), len(str(t)))\n",
    "nested_compare": "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n",
    "self_reference": "a = []\na.append(a)\nd = {}\nd[1] = d\nprint(a, d)\n",
    "sort_big": "x = sorted(range(10**7, 0, -1))\n",
    "eval_chain": "print(eval('1+' * 100000 + '1'))\n",
    "exec_loop": "exec('while True: pass')\n",
    "closure_chain": "f = lambda: 0\nfor i in range(100000):\n    f = (lambda g: lambda: g())(f)\nf()\n",
    "bytes_bomb": "x = bytes(10**9)\n",
    "bytearray_bomb": "x = bytearray(10**9)\n",
    "set_growth": "s = set()\ni = 0\nwhile True:\n    s.add(str(i))\n    i += 1\n",
    "repr_growth": "s = 'x'\nwhile True:\n    s = repr(s)\n",
    "float_loop": "x = 1.0\nwhile True:\n    x = x * 1.0000001\n",
    "divmod_big": "print(divmod(10**100000, 7))\n",
}


def safe_limits(rng):
    """Small limits, each present or not, so an execute request stays fast."""
    limits = {
        "timeout_ms": rng.choice([1, 20, 50, 100, 200, 300, 500]),
        "max_steps": rng.choice([1, 100, 1000, 10000, 50000, 100000]),
        "max_output_chars": rng.choice([1, 100, 4096, 65536]),
        "max_memory_bytes": rng.choice([1, 4096, 1 << 20, 8 << 20, 32 << 20, 64 << 20]),
        "recursion_limit": rng.choice([1, 10, 100, 1000, 5000, 10000]),
        "max_trace_steps": rng.choice([1, 10, 1000, 2000]),
    }
    # timeout_ms and max_steps always, the rest sometimes (then the server's defaults apply).
    return {k: v for k, v in limits.items() if k in ("timeout_ms", "max_steps") or rng.random() < 0.6}


# ---------------------------------------------------------------------------------------------
# Requests


class Case:
    __slots__ = ("index", "category", "variant", "endpoint", "method", "path", "headers", "body", "huge", "chunked")

    def __init__(self, index, category, variant, endpoint, body, headers=None, method="POST", path=None,
                 huge=False, chunked=False):
        self.index = index
        self.category = category
        self.variant = variant
        self.endpoint = endpoint
        self.method = method
        self.path = path or "/api/v1/" + endpoint
        self.headers = {"Content-Type": "application/json"} if headers is None else headers
        self.body = body
        # Bodies over the source limit may be answered (413) and closed before they are all
        # sent: those are written carefully, and a close on them is not counted as a drop.
        self.huge = huge or len(body or b"") > MAX_SOURCE
        self.chunked = chunked

    @property
    def kind(self):
        return "%s/%s" % (self.category, self.variant)


def request_object(rng, endpoint, source):
    """A well-formed request object for the endpoint (execute with small limits)."""
    obj = {"source": source}
    if rng.random() < 0.2:
        obj["filename"] = rng.choice(["<string>", "prog.py", "", "x" * 300, "\u00e9\U0001F600.py", "a\nb", "<stdin>"])
    if endpoint == "execute":
        obj["trace"] = rng.random() < 0.4
        obj["limits"] = safe_limits(rng)
        if rng.random() < 0.2:
            obj["stdin"] = rng.choice(["", "1\n2\n", "x" * 10000, "\x00\ud800"])
    return obj


def encode(rng, obj):
    if rng.random() < 0.5:
        return json.dumps(obj).encode("ascii")
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


SMALL = ["x = 1\n", "print('hi')\n", "def f(a, b=2):\n    return a + b\n\nprint(f(1))\n", "for i in range(3):\n    print(i)\n",
         "x = [1, 2, 3]\nprint(x[1:])\n", "1 +\n", "if x:\n", "class C: pass\n", ""]
WRONG_VALUES = [None, True, False, 0, -1, 1.5, 1e308, 10**30, -10**30, 2**31, 2**31 - 1, 2**63, -2**63, "", "str",
                "123", [], [1], {}, {"a": 1}, "\ud800", [None], {"source": "x"}]
RAW_WRONG = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "0x10", "01", "+1", ".5", "1.", "-", "1e", "tru",
             "nul", "'x'", "undefined", "1" * 400, "-" + "9" * 400, "0.0000000000000000000001", "1E+2"]
LIMIT_NAMES = ["max_steps", "timeout_ms", "max_output_chars", "max_memory_bytes", "recursion_limit", "max_trace_steps"]
BAD_LIMIT_VALUES = [0, -1, -2**31, -2**63, 2**31, 2**31 - 1, 2**32, 2**53, 2**63, 2**63 - 1, 2**64, 10**100,
                    50_000_001, 30_001, 4194305, 536870913, 10001, 1000001, 1.0, 0.5, -0.0, 1e308, "100", "1e3", "",
                    True, None, [], {}]


def make_case(seed, index, corpus):
    rng = random.Random("%s/%d" % (seed, index))
    huge = scheduled_huge(index)
    if huge:
        return huge_case(rng, index, huge, corpus)
    categories = [("mutated", 30), ("valid", 4), ("deep", 12), ("runaway", 10), ("invalid_utf8", 5),
                  ("surrogate", 4), ("nul", 4), ("bad_json", 8), ("wrong_type", 8), ("bad_limits", 4),
                  ("content_type", 5), ("empty", 3), ("http_odd", 3)]
    total = sum(w for _, w in categories)
    pick = rng.randrange(total)
    for category, weight in categories:
        if pick < weight:
            break
        pick -= weight
    endpoint = rng.choice(ENDPOINTS)
    return globals()["case_" + category](rng, index, endpoint, corpus)


def case_mutated(rng, index, endpoint, corpus):
    source, variant = mutated_source(rng, corpus)
    return Case(index, "mutated", variant, endpoint, encode(rng, request_object(rng, endpoint, source)))


def case_valid(rng, index, endpoint, corpus):
    path, source = corpus.fragment(rng)
    return Case(index, "valid", os.path.basename(path), endpoint, encode(rng, request_object(rng, endpoint, source)))


def case_deep(rng, index, endpoint, corpus):
    source, variant = deep_source(rng)
    return Case(index, "deep", variant, endpoint, encode(rng, request_object(rng, endpoint, source)))


def case_runaway(rng, index, endpoint, corpus):
    name = rng.choice(sorted(RUNAWAY))
    obj = request_object(rng, "execute", RUNAWAY[name])
    if rng.random() < 0.3:  # the same program through the other stages too
        endpoint = rng.choice(ENDPOINTS)
        if endpoint != "execute":
            obj = {"source": RUNAWAY[name]}
        return Case(index, "runaway", name, endpoint, encode(rng, obj))
    return Case(index, "runaway", name, "execute", encode(rng, obj))


def case_invalid_utf8(rng, index, endpoint, corpus):
    if rng.random() < 0.5:
        _, source = corpus.fragment(rng, 3000)
    else:
        source = rng.choice(SMALL)
    body = bytearray(json.dumps(request_object(rng, endpoint, source), ensure_ascii=False).encode("utf-8", "surrogatepass"))
    bad = [b"\xff", b"\xfe", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80",
           b"\xe2\x82", b"\x80", b"\xbf", b"\xf8\x88\x80\x80\x80", b"\xc3", b"\xf0\x9f\x98", b"\xc3\x28"]
    variant = []
    inside = body.find(b'"source"') + 10
    for _ in range(rng.choice([1, 1, 2, 5])):
        piece = rng.choice(bad)
        if rng.random() < 0.8 and inside < len(body) - 2:
            pos = rng.randrange(inside, len(body) - 2)  # most often inside the source string
        else:
            pos = rng.randrange(len(body) + 1)
        body[pos:pos] = piece
        variant.append(piece.hex())
    return Case(index, "invalid_utf8", "+".join(variant), endpoint, bytes(body))


def case_surrogate(rng, index, endpoint, corpus):
    surrogates = ["\ud800", "\udfff", "\udc80", "\udbff", "\udc00\ud800", "\ud83d", "\ude00"]
    source = rng.choice(SMALL + ["x = '%s'\n", "# %s\n", "%s = 1\n", "print('%s')\n", "f'{%s}'\n"])
    s = rng.choice(surrogates)
    source = source % s if "%s" in source else source[:len(source) // 2] + s + source[len(source) // 2:]
    obj = request_object(rng, endpoint, source)
    where = rng.choice(["source", "source", "filename", "stdin", "key"])
    if where == "filename":
        obj["filename"] = "a" + s + ".py"
    elif where == "stdin":
        obj["stdin"] = s + "\n"
    elif where == "key":
        obj[s] = 1
    if rng.random() < 0.3:  # hand-written escapes: a lone surrogate at the very end, a truncated escape
        tail = rng.choice(['\\ud800"}', '\\udc00\\ud800"}', '\\ud800\\u0041"}', '\\u12"}', '\\uDFFF"}', '\\x41"}'])
        return Case(index, "surrogate", "raw" + tail[:6], endpoint, b'{"source": "x = 1 ' + tail.encode())
    return Case(index, "surrogate", where, endpoint, json.dumps(obj).encode("ascii"))


def case_nul(rng, index, endpoint, corpus):
    if rng.random() < 0.5:
        _, source = corpus.fragment(rng, 5000)
    else:
        source = rng.choice(SMALL)
    variant = rng.choice(["inside", "start", "end", "many", "filename", "only"])
    if variant == "inside":
        p = rng.randrange(len(source) + 1)
        source = source[:p] + "\x00" + source[p:]
    elif variant == "start":
        source = "\x00" + source
    elif variant == "end":
        source = source + "\x00"
    elif variant == "many":
        source = "".join(c + ("\x00" if rng.random() < 0.05 else "") for c in source)
    elif variant == "only":
        source = "\x00" * rng.choice([1, 10, 10000])
    obj = request_object(rng, endpoint, source)
    if variant == "filename":
        obj["filename"] = "a\x00b.py"
    return Case(index, "nul", variant, endpoint, encode(rng, obj))


def case_bad_json(rng, index, endpoint, corpus):
    good = json.dumps(request_object(rng, endpoint, rng.choice(SMALL)))
    variants = {
        "truncated": lambda: good[:rng.randrange(len(good))],
        "array": lambda: "[" + good + "]",
        "string": lambda: json.dumps(good),
        "number": lambda: rng.choice(["1", "-1", "1e999", "0"]),
        "null": lambda: "null",
        "true": lambda: "true",
        "two_objects": lambda: good + good,
        "garbage_after": lambda: good + " xyz",
        "trailing_comma": lambda: good[:-1] + ",}",
        "single_quotes": lambda: good.replace('"', "'"),
        "comment": lambda: "/* c */" + good + "// c",
        "unquoted_key": lambda: '{source: "x = 1\\n"}',
        "missing_colon": lambda: '{"source" "x"}',
        "bom": lambda: "\ufeff" + good,
        "raw_newline_in_string": lambda: '{"source": "x = 1\n"}',
        "raw_control": lambda: '{"source": "x\x01\x1f"}',
        "bad_escape": lambda: '{"source": "\\q"}',
        "bad_unicode_escape": lambda: '{"source": "\\u00zz"}',
        "deep_extra": lambda: '{"source": "x = 1\\n", "extra": ' + "[" * rng.choice([64, 65, 1000, 100001]) + "]" * rng.choice([0, 64, 65, 1000, 100001]) + "}",
        "deep_limits": lambda: '{"source": "x = 1\\n", "limits": ' + "[" * 10000 + "]" * 10000 + "}",
        "deep_source": lambda: '{"source": ' + "{" * 5000 + "}" * 5000 + "}",
        "duplicate_keys": lambda: '{"source": 1, "source": "x = 1\\n", "source": null}',
        "case_keys": lambda: json.dumps({rng.choice(["Source", "SOURCE", "sOuRcE", "source "]): "x = 1\n"}),
        "camel_limits": lambda: json.dumps({"source": "x = 1\n", "limits": {"maxSteps": -5, "MaxSteps": -1, "max-steps": -2}}),
        "empty_key": lambda: '{"": 1, "source": "x"}',
        "whitespace": lambda: " \t\r\n" + good + " \t\r\n",
        "nul_outside": lambda: good + "\x00",
        "long_key": lambda: '{"' + "k" * 100000 + '": 1, "source": "x"}',
        "many_keys": lambda: "{" + ",".join('"k%d": %d' % (i, i) for i in range(50000)) + ', "source": "x"}',
        "unterminated_string": lambda: '{"source": "x = 1',
        "open_brace": lambda: "{",
        "close_brace": lambda: "}",
        "random_bytes": None,
    }
    name = rng.choice(sorted(variants))
    if name == "random_bytes":
        body = bytes(rng.randrange(256) for _ in range(rng.choice([1, 10, 100, 5000])))
    else:
        body = variants[name]().encode("utf-8", "surrogatepass")
    return Case(index, "bad_json", name, endpoint, body)


def case_wrong_type(rng, index, endpoint, corpus):
    obj = request_object(rng, endpoint, rng.choice(SMALL))
    if endpoint == "execute":
        obj["limits"] = {"timeout_ms": 200, "max_steps": 10000}
    fields = ["source", "filename", "trace", "stdin", "limits", "extra"] + ["limits." + n for n in LIMIT_NAMES]
    field = rng.choice(fields)
    if rng.random() < 0.25:
        value_text = rng.choice(RAW_WRONG)
        marker = "__RAW_VALUE__"
        set_field(obj, field, marker)
        body = json.dumps(obj).replace('"%s"' % marker, value_text)
        return Case(index, "wrong_type", "%s=%s" % (field, value_text[:20]), endpoint, body.encode())
    value = rng.choice(WRONG_VALUES)
    set_field(obj, field, value)
    return Case(index, "wrong_type", "%s=%s" % (field, json.dumps(value)[:20]), endpoint, json.dumps(obj).encode())


def set_field(obj, field, value):
    if field.startswith("limits."):
        if not isinstance(obj.get("limits"), dict):
            obj["limits"] = {}
        obj["limits"][field[7:]] = value
    else:
        obj[field] = value


def case_bad_limits(rng, index, endpoint, corpus):
    obj = {"source": rng.choice(SMALL), "trace": rng.random() < 0.5}
    limits = {"timeout_ms": 200, "max_steps": 10000}
    names = rng.sample(LIMIT_NAMES, rng.choice([1, 1, 2, 6]))
    for name in names:
        limits[name] = rng.choice(BAD_LIMIT_VALUES)
    if rng.random() < 0.1:
        limits = rng.choice([[], [1, 2], "fast", 5, None, {"": 1}])
    obj["limits"] = limits
    return Case(index, "bad_limits", ",".join(names), "execute", json.dumps(obj).encode())


def case_content_type(rng, index, endpoint, corpus):
    source = rng.choice(SMALL)
    obj = request_object(rng, endpoint, source)
    text = json.dumps(obj, ensure_ascii=False)
    body = text.encode("utf-8", "surrogatepass")
    variant = rng.choice(["none", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                          "multipart/form-data; boundary=x", "utf16-declared", "utf16-real", "utf16le-real",
                          "utf32-real", "latin1", "charset-nonsense", "APPLICATION/JSON", "application/json;;;",
                          "application/problem+json", "application/vnd.api+json", "*/*", "empty",
                          "application/json, text/plain", "long", "accept-xml", "gzip-declared", "utf8-bom"])
    headers = {"Content-Type": "application/json"}
    if variant == "none":
        headers = {}
    elif variant == "utf16-declared":
        headers["Content-Type"] = "application/json; charset=utf-16"
    elif variant == "utf16-real":
        headers["Content-Type"] = "application/json; charset=utf-16"
        body = text.encode("utf-16", "surrogatepass")
    elif variant == "utf16le-real":
        headers["Content-Type"] = "application/json; charset=utf-16le"
        body = text.encode("utf-16-le", "surrogatepass")
    elif variant == "utf32-real":
        headers["Content-Type"] = "application/json; charset=utf-32"
        body = text.encode("utf-32", "surrogatepass")
    elif variant == "latin1":
        headers["Content-Type"] = "application/json; charset=iso-8859-1"
        body = text.encode("latin-1", "replace")
    elif variant == "charset-nonsense":
        headers["Content-Type"] = "application/json; charset=no-such-charset"
    elif variant == "empty":
        headers["Content-Type"] = ""
    elif variant == "long":
        headers["Content-Type"] = "application/json; x=" + "a" * 8000
    elif variant == "accept-xml":
        headers["Accept"] = "application/xml"
    elif variant == "gzip-declared":
        headers["Content-Encoding"] = "gzip"
    elif variant == "utf8-bom":
        body = b"\xef\xbb\xbf" + body
    else:
        headers["Content-Type"] = variant
    return Case(index, "content_type", variant, endpoint, body, headers=headers)


def case_empty(rng, index, endpoint, corpus):
    variant = rng.choice(["zero_length", "no_content_type", "spaces", "newline", "empty_object", "bom_only",
                          "chunked_empty"])
    bodies = {"zero_length": b"", "no_content_type": b"", "spaces": b"   ", "newline": b"\n",
              "empty_object": b"{}", "bom_only": b"\xef\xbb\xbf", "chunked_empty": b""}
    headers = {} if variant == "no_content_type" else None
    return Case(index, "empty", variant, endpoint, bodies[variant], headers=headers, chunked=variant == "chunked_empty")


def case_http_odd(rng, index, endpoint, corpus):
    body = json.dumps(request_object(rng, endpoint, rng.choice(SMALL))).encode()
    variant = rng.choice(["GET", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH", "unknown_path", "trailing_slash",
                          "upper_path", "query", "v2", "health_post", "dot_path", "long_path", "percent",
                          "chunked", "connection_close", "expect_continue", "root_post"])
    method, path, chunked, headers = "POST", "/api/v1/" + endpoint, False, {"Content-Type": "application/json"}
    if variant in ("GET", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH"):
        method = variant
        if method in ("GET", "HEAD", "OPTIONS", "DELETE") and rng.random() < 0.5:
            body = None
    elif variant == "unknown_path":
        path = "/api/v1/nope"
    elif variant == "trailing_slash":
        path += "/"
    elif variant == "upper_path":
        path = path.upper()
    elif variant == "query":
        path += "?source=1&trace=" + "x" * 1000
    elif variant == "v2":
        path = path.replace("v1", "v2")
    elif variant == "health_post":
        path = "/health"
    elif variant == "dot_path":
        path = "/api/v1/../v1/" + endpoint
    elif variant == "long_path":
        path = "/api/v1/" + "a" * rng.choice([1000, 9000, 40000])
    elif variant == "percent":
        path = "/api/v1/%00%2e%2f" + endpoint
    elif variant == "chunked":
        chunked = True
    elif variant == "connection_close":
        headers["Connection"] = "close"
    elif variant == "expect_continue":
        headers["Expect"] = "100-continue"
    elif variant == "root_post":
        path = "/"
    return Case(index, "http_odd", variant, endpoint, body, headers=headers, method=method, path=path, chunked=chunked)


def scheduled_huge(index):
    """A few huge bodies at fixed request numbers, so short runs have some and long runs more."""
    if index in (5, 1005) or index % 2500 == 1234:
        return "over_limit"
    if index == 11 or index % 25000 == 12345:
        return "ten_mb"
    if index == 17 or index % 10000 == 4567:
        return "at_limit"
    return None


def huge_case(rng, index, what, corpus):
    endpoint = rng.choice(ENDPOINTS)
    _, text = corpus.fragment(rng, 100000)
    if what == "at_limit":  # exactly the limit (answered) or one character more (413)
        n = MAX_SOURCE + rng.choice([0, 1])
        source = rng.choice(["s = '%s'\n", "# %s\n"]) % ("a" * (n - 7 if n else 0))
        source = source[:n].ljust(n, "a")
        obj = request_object(rng, endpoint, source)
        return Case(index, "huge", "at_limit+%d" % (n - MAX_SOURCE), endpoint, json.dumps(obj).encode(), huge=True)
    if what == "over_limit":
        n = rng.choice([MAX_SOURCE + 1, MAX_SOURCE + 1000, int(MAX_SOURCE * 1.5)])
        source = (text * (n // max(1, len(text)) + 1))[:n]
        obj = request_object(rng, endpoint, source)
        return Case(index, "huge", "over_limit", endpoint, encode(rng, obj), huge=True)
    variant = rng.choice(["source", "source", "garbage", "filename", "stdin", "extra"])
    big = (text * (10_000_000 // max(1, len(text)) + 1))[:10_000_000]
    if variant == "garbage":
        body = b"\x01" * 10_000_000
    elif variant == "source":
        body = encode(rng, request_object(rng, endpoint, big))
    else:
        obj = request_object(rng, "execute" if variant == "stdin" else endpoint, "x = 1\n")
        obj[variant] = big
        body = json.dumps(obj).encode()
        if variant == "stdin":
            endpoint = "execute"
    return Case(index, "huge", "ten_mb_" + variant, endpoint, body, huge=True)


# ---------------------------------------------------------------------------------------------
# Sending


class Outcome:
    __slots__ = ("status", "answer", "answer_bytes", "oversized", "error", "seconds", "reused", "cut")

    def __init__(self):
        self.status = None
        self.answer = b""
        self.answer_bytes = 0
        self.oversized = False
        self.error = None
        self.seconds = 0.0
        self.reused = False
        self.cut = False


SAMPLE_BYTES = 64 * 1024


def read_capped(response, cap):
    """(first SAMPLE_BYTES of the answer, bytes read, whether the whole answer was read): an
    answer longer than `cap` is not read to its end (some are gigabytes)."""
    sample = bytearray()
    total = 0
    while True:
        chunk = response.read(1 << 20)
        if not chunk:
            return bytes(sample), total, True
        total += len(chunk)
        if len(sample) < SAMPLE_BYTES:
            sample += chunk[:SAMPLE_BYTES - len(sample)]
        if total > cap:
            return bytes(sample), total, False


class Client:
    """One persistent HTTP/1.1 connection; reopened whenever the server closes it."""

    def __init__(self, host, port, max_answer):
        self.host, self.port = host, port
        self.max_answer = max_answer
        self.conn = None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def send(self, case, timeout, deadline):
        out = Outcome()
        start = time.monotonic()
        out.reused = self.conn is not None and self.conn.sock is not None
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        conn = self.conn
        try:
            if conn.sock is None:
                conn.connect()
            conn.sock.settimeout(timeout)
            early = self._write(conn, case, timeout)
            response = conn.getresponse()
            out.status = response.status
            out.answer, out.answer_bytes, complete = read_capped(response, self.max_answer)
            if not complete:
                out.oversized = True  # stop reading: the rest is discarded with the connection
            if case.huge or early or response.will_close or not complete:
                self.close()
        except socket.timeout as e:
            out.error = "timeout"
            out.cut = time.monotonic() >= deadline - 0.05
            self.close()
        except ConnectionRefusedError:
            out.error = "refused"
            self.close()
        except (OSError, http.client.HTTPException) as e:
            out.error = "%s: %s" % (type(e).__name__, e)
            self.close()
        out.seconds = time.monotonic() - start
        return out

    def _write(self, conn, case, timeout):
        """Sends the request. A huge body goes out in pieces while watching for an early answer
        (the server may answer 413/400 and close before reading it all): returns True then."""
        conn.putrequest(case.method, case.path, skip_accept_encoding=True)
        for name, value in case.headers.items():
            conn.putheader(name, value)
        body = case.body
        if case.chunked:
            conn.putheader("Transfer-Encoding", "chunked")
        elif body is not None or case.method in ("POST", "PUT", "PATCH"):
            conn.putheader("Content-Length", str(len(body or b"")))
        conn.endheaders()
        if case.chunked:
            data = body or b""
            pieces = [data[i:i + 4096] for i in range(0, len(data), 4096)]
            conn.send(b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n")
            return False
        if not body:
            return False
        if not case.huge:
            conn.send(body)
            return False
        sock = conn.sock
        view = memoryview(body)
        sent = 0
        try:
            while sent < len(body):
                readable, writable, _ = select.select([sock], [sock], [], timeout)
                if readable:
                    return True  # an answer (or a close) before the whole body went out
                if not writable:
                    raise socket.timeout("sending the body timed out")
                sent += sock.send(view[sent:sent + 65536])
        except (BrokenPipeError, ConnectionResetError):
            return True  # the server stopped reading our own huge body; read what it answered
        return False


# ---------------------------------------------------------------------------------------------
# The run


class Run:
    def __init__(self, args, corpus, host, port):
        self.args = args
        self.corpus = corpus
        self.host, self.port = host, port
        self.lock = threading.Lock()
        self.next = 0
        self.stop = threading.Event()
        self.start = time.monotonic()
        reserve = min(15.0, args.seconds * 0.1)
        self.deadline = self.start + args.seconds - reserve
        self.by_status = collections.Counter()
        self.by_endpoint = collections.Counter()
        self.by_category = collections.defaultdict(collections.Counter)
        self.failures = []  # (problem, case, outcome)
        self.failure_count = collections.Counter()
        self.huge_closes = 0
        self.oversized = []  # answers longer than --max-answer-mb (reported, not failures)
        self.cut = 0
        self.done = 0
        self.slowest = []  # (seconds, kind, endpoint, index)
        self.dead = False

    def take(self):
        with self.lock:
            if self.stop.is_set() or self.next >= self.args.requests or time.monotonic() >= self.deadline:
                return None
            index = self.next
            self.next += 1
            return index

    def worker(self):
        client = Client(self.host, self.port, self.args.max_answer_mb << 20)
        while True:
            index = self.take()
            if index is None:
                break
            case = make_case(self.args.seed, index, self.corpus)
            remaining = self.deadline - time.monotonic()
            timeout = max(0.5, min(self.args.request_timeout, remaining))
            outcome = client.send(case, timeout, self.deadline)
            self.record(case, outcome)
            if outcome.error == "refused" and not health(self.host, self.port, 5):
                self.dead = True
                self.stop.set()
        client.close()

    def record(self, case, out):
        with self.lock:
            self.done += 1
            self.by_endpoint[case.endpoint] += 1
            key = out.status if out.status is not None else ("cut" if out.cut else "no answer")
            self.by_status[key] += 1
            self.by_category[case.category][key] += 1
            self.slowest.append((out.seconds, case.kind, case.endpoint, case.index))
            if len(self.slowest) > 50:
                self.slowest.sort(reverse=True)
                del self.slowest[10:]
            if out.oversized:
                self.oversized.append((case, out))
                if len(self.oversized) <= 20:
                    save_finding(self.args.out, self.args.url, len(self.oversized), "oversized", case, out)
            problem = None
            if out.status is not None and out.status >= 500:
                problem = "5xx"
            elif out.cut:
                self.cut += 1
            elif out.error == "timeout":
                problem = "hang"
            elif out.error is not None:
                if case.huge:
                    self.huge_closes += 1  # the server closed on our own huge body: not a drop
                else:
                    problem = "drop"
            if problem:
                self.failure_count[problem] += 1
                self.failures.append((problem, case, out))
                if len(self.failures) <= self.args.keep:
                    save_finding(self.args.out, self.args.url, len(self.failures), problem, case, out)

    def progress(self):
        while not self.stop.wait(10):
            with self.lock:
                elapsed = time.monotonic() - self.start
                print("[%5.0fs] %d requests, %.0f/s, 5xx %d, drops %d, hangs %d" % (
                    elapsed, self.done, self.done / max(elapsed, 1e-9), self.failure_count["5xx"],
                    self.failure_count["drop"], self.failure_count["hang"]), file=sys.stderr, flush=True)


def save_finding(folder, url, number, problem, case, out):
    os.makedirs(folder, exist_ok=True)
    stem = os.path.join(folder, "%04d-%s-%s" % (number, problem, case.category))
    with open(stem + ".body", "wb") as f:
        f.write(case.body or b"")
    headers = " ".join("-H %s" % shell_quote("%s: %s" % kv) for kv in case.headers.items())
    if case.chunked:
        headers += " -H 'Transfer-Encoding: chunked'"
    curl = "curl -sS -i -X %s %s %s --data-binary @%s" % (
        case.method, shell_quote(url.rstrip("/") + case.path), headers, shell_quote(stem + ".body"))
    meta = {"problem": problem, "index": case.index, "kind": case.kind, "endpoint": case.endpoint,
            "method": case.method, "path": case.path, "headers": case.headers, "chunked": case.chunked,
            "body_bytes": len(case.body or b""), "status": out.status, "error": out.error,
            "reused_connection": out.reused, "seconds": round(out.seconds, 3),
            "answer_sample": out.answer[:2000].decode("utf-8", "replace"), "curl": curl}
    with open(stem + ".json", "w") as f:
        json.dump(meta, f, indent=2)


def shell_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def body_sample(case, n=300):
    body = case.body or b""
    text = body[:n].decode("utf-8", "backslashreplace")
    return text + ("... (%d bytes)" % len(body) if len(body) > n else "")


def summary(run):
    elapsed = time.monotonic() - run.start
    print()
    print("== fuzz summary (seed %s, %d workers)" % (run.args.seed, run.args.workers))
    print("requests:     %d in %.1f s, %.1f requests/s" % (run.done, elapsed, run.done / max(elapsed, 1e-9)))
    print("by status:    " + ", ".join("%s: %d" % (k, v) for k, v in sorted(run.by_status.items(), key=str)))
    print("by endpoint:  " + ", ".join("%s: %d" % kv for kv in sorted(run.by_endpoint.items())))
    print("by category:")
    for category, counts in sorted(run.by_category.items()):
        print("  %-13s %6d  (%s)" % (category, sum(counts.values()),
                                      ", ".join("%s: %d" % (k, v) for k, v in sorted(counts.items(), key=str))))
    run.slowest.sort(reverse=True)
    print("slowest:      " + "; ".join("%.2fs %s %s #%d" % s for s in run.slowest[:5]))
    print("5xx:          %d" % run.failure_count["5xx"])
    print("dropped connections: %d (server closes after the client's own huge bodies, not counted: %d)" % (
        run.failure_count["drop"], run.huge_closes))
    print("hung requests (no answer within --request-timeout): %d" % run.failure_count["hang"])
    if run.oversized:
        print("answers over --max-answer-mb %d (not read to the end; reported, not failures): %d" % (
            run.args.max_answer_mb, len(run.oversized)))
        for case, out in run.oversized[:5]:
            print("  #%d %s %s (%d bytes sent): stopped reading after %d bytes of answer, %.1fs" % (
                case.index, case.kind, case.path, len(case.body or b""), out.answer_bytes, out.seconds))
    if run.cut:
        print("cut off by the --seconds bound (not failures): %d" % run.cut)
    if run.failures:
        print("first failures (all saved under %s/ with a curl command each, up to --keep %d):" % (
            run.args.out, run.args.keep))
        for problem, case, out in run.failures[:10]:
            print("  #%d %s %s %s -> %s %s" % (case.index, problem, case.method, case.path, out.status or out.error,
                                              ("reused connection" if out.reused else "fresh connection")))
            print("     kind %s, body %s" % (case.kind, body_sample(case, 200)))
            if out.answer:
                print("     answer %s" % out.answer[:200].decode("utf-8", "replace"))
    alive = health(run.host, run.port, 5)
    sanity = alive and parse_works(run.host, run.port)
    print("/health:      %s" % ("answers 200" if alive else "DOES NOT ANSWER"))
    print("parse x = 1:  %s" % ("answers" if sanity else "DOES NOT ANSWER"))
    bad = run.failure_count["5xx"] or run.failure_count["drop"] or run.failure_count["hang"] or not sanity
    print("result:       %s" % ("FAIL" if bad else "ok"))
    return 1 if bad else 0


def parse_works(host, port):
    conn = http.client.HTTPConnection(host, port, timeout=5)
    try:
        conn.request("POST", "/api/v1/parse", b'{"source": "x = 1\\n"}', {"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status == 200 and b'"ast"' in response.read()
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def replay(args, corpus, host, port):
    """--case: send the given request numbers once each and print what came back."""
    client = Client(host, port, args.max_answer_mb << 20)
    for index in args.case:
        case = make_case(args.seed, index, corpus)
        out = client.send(case, args.request_timeout, time.monotonic() + args.request_timeout + 1)
        client.close()
        print("#%d %s %s %s (%d bytes): %s in %.2fs" % (index, case.kind, case.method, case.path,
                                                     len(case.body or b""), out.status or out.error, out.seconds))
        print("  body:   " + body_sample(case))
        print("  answer: " + out.answer[:500].decode("utf-8", "replace"))
        if args.dump:
            save_finding(args.out, args.url, index, "case", case, out)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:5080", help="the service (loopback only)")
    parser.add_argument("--requests", type=int, default=100000, help="requests to send (default 100000)")
    parser.add_argument("--seconds", type=float, default=900, help="hard time bound for the whole run (default 900)")
    parser.add_argument("--workers", type=int, default=8, help="threads, one connection each (default 8)")
    parser.add_argument("--seed", default="1", help="seed of the request mix (default 1)")
    parser.add_argument("--request-timeout", type=float, default=60, help="seconds before a request counts as hung")
    parser.add_argument("--out", default="fuzz-findings", help="folder for failing requests (default fuzz-findings)")
    parser.add_argument("--keep", type=int, default=200, help="failing requests to save at most (default 200)")
    parser.add_argument("--max-answer-mb", type=int, default=32,
                        help="read at most this much of an answer, then drop the connection (default 32)")
    parser.add_argument("--case", type=int, action="append", help="only send request number N (repeatable)")
    parser.add_argument("--dump", action="store_true", help="with --case: save each request under --out")
    args = parser.parse_args()
    host, port = require_loopback(args.url)
    if args.workers < 1 or args.requests < 0 or args.seconds <= 0:
        parser.error("--workers must be >= 1, --requests >= 0, --seconds > 0")
    corpus = Corpus()
    if args.case:
        return replay(args, corpus, host, port)
    if not health(host, port, 5):
        print("the service at %s does not answer /health" % args.url, file=sys.stderr)
        return 1
    run = Run(args, corpus, host, port)
    threads = [threading.Thread(target=run.worker, daemon=True) for _ in range(args.workers)]
    progress = threading.Thread(target=run.progress, daemon=True)
    for t in threads:
        t.start()
    progress.start()
    for t in threads:
        t.join(max(0.0, run.deadline + 2 - time.monotonic()))
    run.stop.set()
    if run.dead:
        print("the service stopped answering (connection refused and /health down)", file=sys.stderr)
    return summary(run)


if __name__ == "__main__":
    sys.exit(main())
