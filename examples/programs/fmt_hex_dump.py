# A hex dump of a small binary record, built with format specs and bytes % formatting.

def checksum(data):
    total = 0
    for b in data:
        total = (total * 31 + b) & 0xFFFF
    return total


def hexdump(data, width=8):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:08x}  {hexes:<{width * 3 - 1}}  |{text}|")
    return lines


def record(name, version, flags, size):
    header = b"REC%c%c" % (version, flags)
    body = b"%-8s%06d" % (name, size)
    return header + body + b"\x00\xff"


def main():
    data = record(b"config", 2, 0b1010, 4096)
    print("\n".join(hexdump(data)))
    print(f"length {len(data)}, checksum {checksum(data):#06x} = {checksum(data):,d} = {checksum(data):#o}")
    print("bits of flags: {:08b} / {:#_b}".format(0b1010, 0b1010_1100_0011))
    for n in (0, 7, 255, 4096, 65535, -1):
        print("{0:>6d} {0:>#8x} {0:>#8X} {0:>10_x} {0:^+8}".format(n))
    print(b"%s|%5s|%-5s|%x|%X|%o" % (b"ab", b"cd", b"ef", 3054, 3054, 8))
    print(b"%(key)s=%(val)d" % {b"key": b"answer", b"val": 42})
    print(b"%r %a" % ("quote", "\u00e9"))
    print("chars:", "".join(format(c, "c") for c in (72, 101, 120, 33)))
    print("{:=^30}".format(" end of dump "))


main()
