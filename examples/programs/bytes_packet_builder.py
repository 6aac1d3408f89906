# Builds and parses length-prefixed binary packets in a bytearray buffer.

def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFF
    return total


def encode_packet(kind, payload):
    packet = bytearray()
    packet.append(0x7E)
    packet.append(kind)
    packet.extend(len(payload).to_bytes(2, "big"))
    packet += payload
    packet.append(checksum(packet[1:]))
    return packet


def decode_stream(buffer):
    packets = []
    pos = 0
    while pos < len(buffer):
        if buffer[pos] != 0x7E:
            pos += 1
            continue
        kind = buffer[pos + 1]
        size = int.from_bytes(buffer[pos + 2:pos + 4], "big")
        body = bytes(buffer[pos + 4:pos + 4 + size])
        check = buffer[pos + 4 + size]
        ok = check == checksum(buffer[pos + 1:pos + 4 + size])
        packets.append((kind, body, ok))
        pos += 5 + size
    return packets


messages = [(1, b"hello"), (2, "temp=21.5C".encode("ascii")), (3, bytes(range(5))), (1, b"")]
stream = bytearray()
for kind, payload in messages:
    pkt = encode_packet(kind, payload)
    print(f"kind={kind} len={len(pkt)} hex={pkt.hex(' ')}")
    stream += pkt

stream[14] ^= 0xFF  # corrupt the first payload byte of the second packet
print("stream bytes:", len(stream))
for kind, body, ok in decode_stream(stream):
    print(kind, body, "ok" if ok else "BAD CHECKSUM")

view = memoryview(stream)
print(view.nbytes, view.readonly, view[0], view[1:4].tobytes())
print(view[:10].tolist())
view.release()

stream[0:1] = b"\x00\x00"
stream.insert(0, 0xAA)
print(stream[:6], stream.count(0x7E), stream.find(b"\x7e\x02"))
del stream[:3]
print(stream.startswith(b"\x7e"), bytes(stream[:4]))
trimmed = stream.rstrip(b"\x00")
print(type(trimmed).__name__, len(trimmed))
