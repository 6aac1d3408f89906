# Obfuscates text with a rolling XOR key in a bytearray, then recovers and audits it.
import random

random.seed(42)
key = bytearray(random.randrange(256) for _ in range(8))
print("key:", key.hex())


def xor_in_place(buf, key):
    for i in range(len(buf)):
        buf[i] ^= key[i % len(key)]


def rot13_bytes(data):
    out = bytearray(len(data))
    for i, b in enumerate(data):
        if 65 <= b <= 90:
            out[i] = (b - 65 + 13) % 26 + 65
        elif 97 <= b <= 122:
            out[i] = (b - 97 + 13) % 26 + 97
        else:
            out[i] = b
    return out


lines = ["Attack at dawn", "Meet me by the old bridge", "Bytes are small ints"]
secrets = []
for line in lines:
    buf = bytearray(line, "utf-8")
    xor_in_place(buf, key)
    secrets.append(buf)
    print(f"{line!r:30} -> {bytes(buf)[:12]!r}")

for buf in secrets:
    copy = buf.copy()
    xor_in_place(copy, key)
    print(copy.decode(), "|", rot13_bytes(copy).decode(), "|", copy.upper(), copy.swapcase()[:6])

words = bytearray(b"the quick brown fox")
parts = words.split()
print(parts, bytearray(b"-").join(parts))
words[4:9] = b"slow"
print("reversed:", words[::-1], words[::-1] == bytes(words)[::-1])
words.reverse()
print(words, words.isalpha(), b"wols" in words, 32 in words)

counts = {}
for b in bytearray(b"mississippi"):
    counts[chr(b)] = counts.get(chr(b), 0) + 1
print(sorted(counts.items()))
print(bytearray(b"%s has %d bytes") % (b"mississippi", 11))

# A bytearray cannot be a dict key: the cache below fails on its first entry.
cache = {}
for buf in secrets:
    cache[buf] = len(buf)
print(cache)
