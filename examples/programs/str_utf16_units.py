# A JavaScript-style string inspector: how many UTF-16 code units a text takes, where its
# surrogate pairs are, and what happens when a program cuts a text between the two halves.


def utf16_units(text):
    """The text's UTF-16 code units, as a list of ints (surrogates pass through as themselves)."""
    data = text.encode("utf-16-le", "surrogatepass")
    return [data[i] | data[i + 1] << 8 for i in range(0, len(data), 2)]


def from_units(units):
    """Rebuild a str from code units: a well-formed pair becomes one character again."""
    data = b"".join(u.to_bytes(2, "little") for u in units)
    return data.decode("utf-16-le", "surrogatepass")


def js_slice(text, start, stop):
    """String.prototype.slice: by code units, so it can split a pair."""
    return from_units(utf16_units(text)[start:stop])


def describe(text):
    units = utf16_units(text)
    pairs = sum(1 for u in units if 0xD800 <= u <= 0xDBFF)
    return "len=%d units=%d pairs=%d %s" % (len(text), len(units), pairs, ascii(text))


samples = ["plain", "caf\u00e9", "smile \U0001F600", "\U0001F468\u200d\U0001F469", "\U00010348 gothic"]
for sample in samples:
    print(describe(sample))

# Halves of a pair are two code points in Python: they are not the character they encode.
face = "\U0001F600"
units = utf16_units(face)
print([hex(u) for u in units])
halves = chr(units[0]) + chr(units[1])
print(len(halves), halves == face, ascii(halves), from_units(units) == face)
print(ascii(halves.encode("utf-16-le", "surrogatepass").decode("utf-16-le")))

# Slicing by code units, as JavaScript would, leaves a lone high surrogate behind.
text = "ab\U0001F600cd"
for stop in range(1, 6):
    piece = js_slice(text, 0, stop)
    print(stop, ascii(piece), len(piece), [hex(ord(c)) for c in piece[-1:]])

# Ordering: Python compares code points, UTF-16 compares units; they differ past U+FFFF.
words = ["\uff5e tilde", "\U0001F600 face", "\ue000 private", "\ud800 lone"]
by_code_point = sorted(words)
by_unit = sorted(words, key=utf16_units)
print([ascii(w[0]) for w in by_code_point])
print([ascii(w[0]) for w in by_unit])


def to_wire(text):
    """Encode for a strict UTF-8 wire format: lone surrogates are refused, as JSON.parse would."""
    return text.encode("utf-8")


message = js_slice(text, 0, 3) + "!"
print("sending", ascii(message))
print(to_wire(message))
