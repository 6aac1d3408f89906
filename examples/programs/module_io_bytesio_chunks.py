# Splits a byte stream into length-prefixed frames and reads them back from an io.BytesIO,
# as a network protocol would; a truncated frame at the end raises the program's own error.
import io


class FrameError(Exception):
    pass


def encode(messages):
    out = io.BytesIO()
    for text in messages:
        payload = bytes(ord(c) for c in text)  # an ASCII protocol
        out.write(bytes([len(payload)]))
        out.write(payload)
    return out.getvalue()


def decode(data):
    stream = io.BytesIO(data)
    frames = []
    while True:
        header = stream.read(1)
        if not header:
            return frames
        size = header[0]
        payload = stream.read(size)
        if len(payload) != size:
            raise FrameError(f"frame {len(frames) + 1}: wanted {size} bytes, got {len(payload)}")
        frames.append("".join(chr(b) for b in payload))


messages = ["HELO", "MAIL FROM:<a@b.c>", "DATA", "hi there", "QUIT"]
wire = encode(messages)
print("wire bytes:", len(wire))
print("first frame:", wire[:5])
print("decoded:", decode(wire))

buf = io.BytesIO(b"line one\nline two\nlast")
print("lines:", buf.readlines())
buf.seek(5)
print("from 5:", buf.read(3), "tell:", buf.tell())
buf.seek(0, 2)
buf.write(b"!\n")
print("value:", buf.getvalue())
with io.BytesIO() as scratch:
    scratch.write(b"temporary")
    print("scratch:", scratch.getvalue(), scratch.closed)
print("after with:", scratch.closed)

print(decode(wire[:-2]))
