# Captures what a noisy function prints with contextlib.redirect_stdout into a StringIO,
# then parses the captured log. Reading the buffer after closing it is the bug at the end.
import io
from contextlib import redirect_stdout


def simulate(steps):
    balance = 100
    for day in range(1, steps + 1):
        change = (day * 37) % 23 - 11
        balance += change
        level = "WARN" if balance < 95 else "INFO"
        print(f"{level} day={day} change={change:+d} balance={balance}")
    return balance


log = io.StringIO()
with redirect_stdout(log) as target:
    final = simulate(8)
    print("done")
print("same object:", target is log, "final balance:", final)

warnings = []
for line in log.getvalue().splitlines():
    level, _, rest = line.partition(" ")
    if level == "WARN":
        fields = dict(part.split("=") for part in rest.split())
        warnings.append((int(fields["day"]), int(fields["balance"])))
print("warnings:", warnings)
print("captured lines:", log.getvalue().count("\n"))

nested = io.StringIO()
with redirect_stdout(nested):
    print("outer")
    inner = io.StringIO()
    with redirect_stdout(inner):
        print("inner")
    print("back to outer")
print(repr(nested.getvalue()), repr(inner.getvalue()))

log.close()
summary = log.getvalue()
print(summary)
