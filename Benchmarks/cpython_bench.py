#!/usr/bin/env python3
"""Times CPython 3.11 on the same work as the .NET harness (Benchmarks/Program.cs).

  cpython_bench.py STAGE ROUNDS FILE...    prints the best round's seconds

STAGE is tokenize (tokenize.generate_tokens) or parse (ast.parse). Files are read and decoded
before the clock starts, as the harness does; a file CPython rejects counts as work done."""
import ast
import io
import sys
import time
import tokenize


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        return data.decode(tokenize.detect_encoding(io.BytesIO(data).readline)[0])
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return None


def run_tokenize(source):
    try:
        for _ in tokenize.generate_tokens(io.StringIO(source).readline):
            pass
    except (tokenize.TokenError, SyntaxError):
        pass


def run_parse(source):
    try:
        ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        pass


def main():
    stage, rounds, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    work = {"tokenize": run_tokenize, "parse": run_parse}[stage]
    sources = [s for s in (read(p) for p in paths) if s is not None]
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for source in sources:
            work(source)
        best = min(best, time.perf_counter() - start)
    print("%.6f" % best)


main()
