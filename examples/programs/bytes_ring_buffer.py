# A fixed-size ring buffer of bytes backed by a bytearray, with a memoryview reader.

class RingBuffer:
    def __init__(self, capacity):
        self.data = bytearray(capacity)
        self.capacity = capacity
        self.start = 0
        self.size = 0

    def write(self, chunk):
        for b in chunk:
            if self.size == self.capacity:
                raise OverflowError(f"ring buffer full ({self.capacity} bytes)")
            self.data[(self.start + self.size) % self.capacity] = b
            self.size += 1

    def read(self, n):
        n = min(n, self.size)
        out = bytearray()
        for _ in range(n):
            out.append(self.data[self.start])
            self.start = (self.start + 1) % self.capacity
            self.size -= 1
        return bytes(out)

    def peek_view(self):
        with memoryview(self.data) as view:
            return view[self.start:self.start + self.size].tobytes()

    def __repr__(self):
        return f"RingBuffer(size={self.size}, start={self.start}, data={self.data!r})"


ring = RingBuffer(12)
ring.write(b"GET /index")
print(ring)
print(ring.read(4), ring.peek_view())
ring.write(b".html")
print(ring, ring.size)
line = ring.read(20)
print(line, line.decode().upper(), line.split(b"."))

frames = [b"\x01\x02", b"abc", bytearray(b"xyz"), bytes(3)]
for frame in frames:
    ring.write(frame)
print(ring.read(3), ring.read(3), ring.read(100).hex("-"))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < bytearray(b"abd"), bytearray(b"x") * 3)

mv = memoryview(bytearray(b"0123456789"))
print(len(mv), mv[2], mv[-1], mv[::3].tolist(), mv.format, mv.itemsize, mv.readonly)
mv[0] = 65
print(mv.obj, mv.tobytes())

for chunk in [b"0123456789", b"abcdef"]:
    ring.write(chunk)
    print("wrote", len(chunk), "size now", ring.size)
