# Writing directly with sys.stdout and sys.stderr-free progress output.
import sys


def bar(fraction, width=20):
    filled = int(fraction * width)
    return "[" + "#" * filled + "." * (width - filled) + "]"


for done in range(0, 11, 2):
    sys.stdout.write(f"{bar(done / 10)} {done * 10:3d}%\n")
n = sys.stdout.write("no newline; ")
sys.stdout.write(f"wrote {n} chars\n")
print("flush returns", sys.stdout.flush())
lines = ["alpha", "beta", "gamma"]
sys.stdout.writelines(line + "\n" for line in lines)
print(sys.stdout is sys.__stdout__ or "redirected", file=sys.stdout)
old = sys.stdout


class Upper:
    def write(self, s):
        return old.write(s.upper())

    def flush(self):
        pass


sys.stdout = Upper()
print("shouted through a replaced sys.stdout")
sys.stdout = old
print("back to normal")
