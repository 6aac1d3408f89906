# Repairing text that came through a broken JSON exporter: the exporter wrote every
# astral character as two \uXXXX escapes, and sometimes cut a pair in half. Rebuild the
# pairs that are whole, replace the halves that are alone, and count what was fixed.

BROKEN = [
    "Launch \ud83d\ude80 at noon",
    "Half a face \ud83d here",
    "Tail \ude00 without head",
    "Music \ud834\udd1e and \ud834\udd22",
    "Backwards \ude00\ud83d pair",
    "Fine already \U0001F600",
]


def is_high(ch):
    return "\ud800" <= ch <= "\udbff"


def is_low(ch):
    return "\udc00" <= ch <= "\udfff"


def repair(text):
    """Join well-ordered halves into one character; replace a lone half with U+FFFD."""
    out = []
    joined = lone = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if is_high(ch) and i + 1 < len(text) and is_low(text[i + 1]):
            code = 0x10000 + ((ord(ch) - 0xD800) << 10) + (ord(text[i + 1]) - 0xDC00)
            out.append(chr(code))
            joined += 1
            i += 2
            continue
        if is_high(ch) or is_low(ch):
            out.append("\ufffd")
            lone += 1
        else:
            out.append(ch)
        i += 1
    return "".join(out), joined, lone


totals = {"joined": 0, "lone": 0}
for line in BROKEN:
    fixed, joined, lone = repair(line)
    totals["joined"] += joined
    totals["lone"] += lone
    # The utf-16 codec joins the same pairs; check the two agree where nothing is lone.
    via_codec = line.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    agree = via_codec == fixed if lone == 0 else None
    print("%-30s -> %-28s joined=%d lone=%d agree=%s" % (ascii(line)[:30], ascii(fixed)[:28], joined, lone, agree))
print(totals)

# Every repaired line is valid UTF-8 now; the originals are not.
print([len(repair(line)[0].encode("utf-8")) for line in BROKEN])
invalid = []
for line in BROKEN:
    try:
        line.encode("utf-8")
    except UnicodeEncodeError as exc:
        invalid.append((exc.start, exc.end))
print(invalid)


def check_clean(lines):
    """A final gate before publishing: no surrogate code point may remain."""
    for number, line in enumerate(lines, 1):
        for position, ch in enumerate(line):
            if is_high(ch) or is_low(ch):
                raise ValueError("line %d, position %d: surrogate %s left in %s" % (number, position, ascii(ch), ascii(line)))
    return len(lines)


print("clean lines:", check_clean([repair(line)[0] for line in BROKEN]))
print("clean lines:", check_clean(BROKEN))
