# Writing and reading a report through io.StringIO buffers.
import io

DATA = """name,dept,salary
ann,eng,120
bob,ops,85
cid,eng,110
dee,sales,90
eve,ops,95
"""
src = io.StringIO(DATA)
header = src.readline().strip().split(",")
by_dept = {}
for line in src:
    row = dict(zip(header, line.strip().split(",")))
    by_dept.setdefault(row["dept"], []).append(int(row["salary"]))
out = io.StringIO()
out.write(f"{'dept':<6}{'n':>3}{'avg':>8}\n")
for dept in sorted(by_dept):
    s = by_dept[dept]
    print(f"{dept:<6}{len(s):>3}{sum(s) / len(s):>8.1f}", file=out)
report = out.getvalue()
print(report, end="")
print("chars written:", out.tell(), "lines:", report.count("\n"))
out.seek(0)
print("first line again:", out.readline().rstrip())
print(src.read() == "", src.closed)
src.close()
src.read()
