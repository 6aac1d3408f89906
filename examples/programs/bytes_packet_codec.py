# Encode and decode a tiny binary packet format with int.to_bytes / int.from_bytes.
def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFF
    return total


def encode(kind, seq, payload):
    body = payload.encode("utf-8")
    header = kind.to_bytes(1, "big") + seq.to_bytes(2, "big") + len(body).to_bytes(2, "little")
    packet = header + body
    return packet + bytes([checksum(packet)])


def decode(packet):
    kind = packet[0]
    seq = int.from_bytes(packet[1:3], "big")
    size = int.from_bytes(packet[3:5], "little")
    body = packet[5:5 + size]
    if checksum(packet[:-1]) != packet[-1]:
        raise ValueError(f"bad checksum in packet {seq}")
    return kind, seq, body.decode("utf-8")


messages = ["hello", "naïve café", "", "end"]
packets = [encode(i % 3, 1000 + i, text) for i, text in enumerate(messages)]
for p in packets:
    print(len(p), p.hex(" "))
    print("  ->", decode(p))

stream = b"".join(packets)
print("stream bytes:", len(stream), stream[:8], stream.count(b"\x03"))
print("signed:", (-300).to_bytes(2, "big", signed=True), int.from_bytes(b"\xfe\xd4", "big", signed=True))
print("upper:", b"abc-xyz".upper(), b"  pad ".strip(), b"k=v".partition(b"="))

corrupt = bytearray_like = packets[1][:-1] + bytes([(packets[1][-1] + 1) % 256])
print(decode(corrupt))
