#!/usr/bin/env python3
"""Times CPython 3.11 on the same work as the .NET harness (Benchmarks/Program.cs).

  cpython_bench.py STAGE ROUNDS FILE...    prints the best round's seconds
  cpython_bench.py accepts FILE...         prints the FILEs compile() takes without error, one a line
  cpython_bench.py execute ROUNDS FILE...  per FILE a JSON line: the best round's seconds of exec()
                                           of the compiled file (at least ROUNDS rounds and a
                                           second of them), and what it printed

STAGE is tokenize (tokenize.generate_tokens), parse (ast.parse) or compile (compile(source,
'<string>', 'exec'): source to code objects). Files are read and decoded before the clock starts,
as the harness does; a file CPython rejects counts as work done (the harness times compile only
on files both sides accept: see accepts)."""
import ast
import io
import sys
import time
import tokenize
import warnings


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


def run_compile(source):
    # SyntaxWarning and DeprecationWarning (invalid escapes...) are still found, not printed:
    # the Engine's compiler reports no warnings
    warnings.simplefilter("ignore")
    try:
        compile(source, "<string>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False
    return True


MINIMUM_MEASURING = 1.0  # seconds; ExecuteBench.MinimumMeasuring


def run_execute(rounds, paths):
    import contextlib
    import json
    for path in paths:
        code = compile(read(path), "<string>", "exec")
        best = float("inf")
        round_ = 0
        measuring = 0.0
        # at least ROUNDS rounds and MINIMUM_MEASURING seconds of them, as the harness measures
        while round_ <= rounds or measuring < MINIMUM_MEASURING:
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                start = time.perf_counter()
                exec(code, {"__name__": "__main__"})
                elapsed = time.perf_counter() - start
            if round_ > 0:  # round 0 warms up, as the harness does
                best = min(best, elapsed)
                measuring += elapsed
            round_ += 1
        print(json.dumps({"file": path, "seconds": best, "stdout": out.getvalue()}), flush=True)


def main():
    if sys.argv[1] == "execute":
        run_execute(int(sys.argv[2]), sys.argv[3:])
        return
    if sys.argv[1] == "accepts":
        for path in sys.argv[2:]:
            source = read(path)
            if source is not None and run_compile(source):
                print(path)
        return
    stage, rounds, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    work = {"tokenize": run_tokenize, "parse": run_parse, "compile": run_compile}[stage]
    sources = [s for s in (read(p) for p in paths) if s is not None]
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for source in sources:
            work(source)
        best = min(best, time.perf_counter() - start)
    print("%.6f" % best)


main()
