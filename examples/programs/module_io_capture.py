# Capturing print output into io.StringIO, with redirect_stdout from contextlib.
import io
import contextlib


def noisy(n):
    for i in range(n):
        print("step", i)
    return n * 2


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    result = noisy(3)
captured = buf.getvalue()
print("result:", result)
print("captured lines:", captured.splitlines())
log = io.StringIO()
print("a", "b", sep="-", end="!\n", file=log)
print(1, 2, 3, file=log)
log.write("raw text\n")
print(repr(log.getvalue()))
lines = io.StringIO("x\ny\nz").readlines()
print(lines, io.StringIO("abc").read(2))
s = io.StringIO("hello")
s.seek(0, 2)
s.write(" world")
print(s.getvalue(), s.readable(), s.writable(), s.seekable())
