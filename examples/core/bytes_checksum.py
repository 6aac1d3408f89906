# Simple checksums over a bytes literal; indexing bytes gives ints.

def checksum(data):
    total = 0
    for b in data:
        total = (total + b) % 256
    return total


def xor_checksum(data):
    x = 0
    for b in data:
        x ^= b
    return x


packet = b"HELLO\x00\x7f\xff"
print(packet, len(packet))
print("first byte:", packet[0], "last byte:", packet[len(packet) - 1])
print("sum checksum:", checksum(packet))
print("xor checksum:", xor_checksum(packet))
print(b"ab" + b"cd", b"ab" == b"ab", 65 in b"ABC")
