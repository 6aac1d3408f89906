# Text and bytes: encodings, escapes, translation tables and hex dumps.
words = ["plain", "café", "naïve", "Straße", "日本"]
for w in words:
    data = w.encode("utf-8")
    print(f"{w:8} {len(w):2} chars {len(data):2} bytes {data.hex('-')}")
    print("        ascii:", w.encode("ascii", "replace"), w.encode("ascii", "ignore"), "latin-1 ok:", all(ord(c) < 256 for c in w))

blob = "".join(words).encode()
print(blob.decode("utf-8") == "".join(words), blob[:6].decode("latin-1"), blob.count(b"a"))
print(b"\xff\xfeok".decode("utf-8", "replace"), b"caf\xc3".decode("utf-8", "ignore"))

rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
secret = "meet me at noon".translate(rot13)
print(secret, secret.translate(rot13), "a-b_c".translate({ord("-"): " ", ord("_"): None}))
print("Title Case Words".istitle(), "x\ty\tz".expandtabs(4), "ǅ".casefold(), "abc".isascii(), "3rd".isidentifier())


def hexdump(data, width=8):
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        shown = bytes(b if 32 <= b < 127 else 46 for b in chunk)
        print(f"{offset:04x}  {chunk.hex(' '):<{width * 3}} {shown.decode('ascii')}")


hexdump("Grüße, 世界!\n".encode())
print(bytes.fromhex("48 65 6c 6c 6f").decode(), b"a b  c".split(), b"x".join([b"1", b"2"]), b"TeSt".swapcase())
print(bytes.fromhex("4865 6c6g"))
