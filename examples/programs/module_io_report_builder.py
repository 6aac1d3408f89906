# Builds a text report in an io.StringIO with print(file=...), write and writelines, then
# rewinds it to read it back, edits it with seek/truncate, and numbers its lines.
import io

inventory = [
    ("apples", 40, 0.35),
    ("pears", 12, 0.50),
    ("kiwis", 0, 0.80),
    ("plums", 25, 0.30),
]


def build_report(items):
    out = io.StringIO()
    print("INVENTORY REPORT", file=out)
    print("=" * 28, file=out)
    for name, qty, price in items:
        status = "out of stock" if qty == 0 else f"{qty:>3} @ {price:.2f}"
        print(f"{name:<8}", status, sep=" | ", file=out)
    out.writelines(["-" * 28 + "\n", f"total value: {sum(q * p for _, q, p in items):.2f}\n"])
    return out


report = build_report(inventory)
print("chars written:", report.tell())
report.seek(0)
title = report.readline()
print("title:", title.strip(), "| next:", repr(report.read(4)))
report.seek(0)
lines = report.readlines()
print("lines:", len(lines))

# drop the total line and replace it
report.seek(len("".join(lines[:-1])))
report.truncate()
report.write("total value: (recomputed later)\n")
for number, line in enumerate(io.StringIO(report.getvalue()), 1):
    print(f"{number:02d} {line}", end="")

empty = io.StringIO()
print("empty:", repr(empty.getvalue()), empty.read(), empty.readline() == "")
print(report.closed, report.seekable(), report.readable())
report.close()
print("closed:", report.closed)
