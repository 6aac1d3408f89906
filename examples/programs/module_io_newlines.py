# Text with mixed line endings read through io.StringIO's newline modes: universal newlines
# translate \r\n and \r, newline='' keeps them, newline='\r\n' writes Windows endings.
import io

raw = "first\r\nsecond\rthird\nfourth"


def show(title, stream):
    lines = list(stream)
    print(f"{title:<10}", len(lines), [line for line in lines])


show("default", io.StringIO(raw))
show("universal", io.StringIO(raw, newline=None))
show("keep", io.StringIO(raw, newline=""))
show("cr", io.StringIO(raw, newline="\r"))

win = io.StringIO(newline="\r\n")
for word in ["alpha", "beta", "gamma"]:
    win.write(word + "\n")
print("windows text:", repr(win.getvalue()), "length", len(win.getvalue()))

s = io.StringIO("abcdef")
print(s.read(2), s.tell(), s.readline(2), s.tell())
s.seek(0, 2)
print("at end:", s.tell(), repr(s.read()))
s.seek(9)
s.write("Z")
print("padded:", repr(s.getvalue()))
print("truncate:", s.truncate(3), repr(s.getvalue()), s.tell())


def safe_seek(stream, offset, whence):
    try:
        return stream.seek(offset, whence)
    except Exception as exc:  # ValueError, or OSError for a relative seek
        return f"{type(exc).__name__}: {exc}"


for offset, whence in [(2, 0), (0, 1), (0, 2), (-1, 0), (3, 1), (0, 5)]:
    print(f"seek({offset}, {whence}) ->", safe_seek(s, offset, whence))

reader = io.StringIO("one\ntwo\n")
print(next(reader), end="")
reader.close()
print(next(reader))
