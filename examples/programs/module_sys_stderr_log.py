# Diagnostics go to sys.stderr (not part of the program's output), results to sys.stdout.
# Also: sys.getsizeof of small values, and which modules this run has imported.
import sys


def log(*parts):
    print("[log]", *parts, file=sys.stderr)


def parse_temperatures(raw):
    readings = []
    for token in raw.split(","):
        token = token.strip()
        try:
            readings.append(float(token))
        except ValueError:
            log("skipping", repr(token))
            sys.stderr.write(f"bad token {token!r}\n")
    return readings


data = "21.5, 22.0, n/a, 19.75, , 23.25, 24"
temps = parse_temperatures(data)
sys.stdout.write(f"readings: {temps}\n")
sys.stdout.writelines([f"min {min(temps)}\n", f"max {max(temps)}\n"])
print("mean: %.2f" % (sum(temps) / len(temps)), file=sys.stdout)
sys.stdout.flush()

for value in (0, 1, 2 ** 30, 2 ** 64, -7, 3.5, "", "abc", "héllo", (), (1, 2), None, True):
    print(f"getsizeof({value!r}) = {sys.getsizeof(value)}")

print("sys imported:", "sys" in sys.modules, type(sys.modules).__name__)
print("stdout is a", type(sys.stdout).__name__, "| stderr name:", sys.stderr.name)
print("stdin:", sys.stdin.name, sys.stdin.mode, sys.stdin.readable())
