# Listing "filenames" that arrive as raw bytes: decode them with surrogateescape so that no
# name is lost, report the ones that are not valid UTF-8, and write them back byte for byte.

RAW_NAMES = [
    b"report.txt",
    b"caf\xc3\xa9-menu.pdf",
    b"caf\xe9-latin1.pdf",
    b"\xff\xfebom-junk.bin",
    b"notes \xe2\x82\xac.md",
    b"half\xe2\x82.tmp",
    b"zeta.txt",
]


def decode_name(raw):
    """The str a POSIX system would give for the name, undecodable bytes as U+DC80..U+DCFF."""
    return raw.decode("utf-8", "surrogateescape")


def bad_bytes(name):
    """The positions and byte values smuggled in as lone surrogates."""
    found = []
    for index, ch in enumerate(name):
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:
            found.append((index, code - 0xDC00))
    return found


def display(name):
    """What a careful program shows: each smuggled byte as \\xNN, the rest as it is."""
    pieces = []
    for ch in name:
        code = ord(ch)
        pieces.append("\\x%02x" % (code - 0xDC00) if 0xDC80 <= code <= 0xDCFF else ch)
    return "".join(pieces)


names = [decode_name(raw) for raw in RAW_NAMES]
for raw, name in zip(RAW_NAMES, names):
    problems = bad_bytes(name)
    status = "ok" if not problems else "%d bad byte(s) at %s" % (len(problems), [i for i, _ in problems])
    print("%-22s len=%2d %s" % (ascii(display(name))[1:-1], len(name), status))

# The round trip is exact: the same bytes come back for every name.
restored = [name.encode("utf-8", "surrogateescape") for name in names]
print("round trip exact:", restored == RAW_NAMES)

# Sorting by str orders by code point: the surrogates (U+DC80..) sort before U+E000 and above.
for name in sorted(names):
    print("  ", ascii(name))

# Group names by whether they can be shown as UTF-8 text at all.
clean, dirty = [], []
for name in names:
    try:
        name.encode("utf-8")
        clean.append(name)
    except UnicodeEncodeError as exc:
        dirty.append((name, exc.start, exc.end, exc.reason))
print("clean:", len(clean), "dirty:", len(dirty))
for name, start, end, reason in dirty:
    print("  %s [%d:%d] %s" % (ascii(name), start, end, reason))

# Replacement for display and a lossy, valid UTF-8 export.
export = [name.encode("utf-8", "replace").decode("utf-8") for name in names]
print(ascii(export))
print(len({decode_name(b"\xff"), "\udcff", chr(0xDCFF)}), hash("\udcff") == hash(chr(0xDCFF)))
