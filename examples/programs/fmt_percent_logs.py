# A log summary printed with printf-style % formatting: mappings, * widths, every conversion.

EVENTS = [
    {"level": "INFO", "code": 200, "ms": 12.5, "path": "/index.html", "bytes": 5120},
    {"level": "WARN", "code": 404, "ms": 3.25, "path": "/missing", "bytes": 0},
    {"level": "INFO", "code": 200, "ms": 150.0, "path": "/api/items?page=2", "bytes": 48213},
    {"level": "ERROR", "code": 500, "ms": 1023.75, "path": "/api/checkout", "bytes": 97},
    {"level": "INFO", "code": 304, "ms": 0.5, "path": "/logo.png", "bytes": 0},
]

LINE = "%(level)-5s %(code)3d %(ms)9.2fms %(bytes)#8x  %(path)s"


def summary(events):
    by_level = {}
    for e in events:
        by_level[e["level"]] = by_level.get(e["level"], 0) + 1
    return by_level


def main():
    for e in EVENTS:
        print(LINE % e)
    print()
    counts = summary(EVENTS)
    width = max(len(k) for k in counts)
    for level, n in sorted(counts.items()):
        print("%-*s : %*d %s" % (width, level, 3, n, "*" * n))
    total_ms = sum(e["ms"] for e in EVENTS)
    print("total %.1f ms, mean %.3e ms, max %g ms" % (total_ms, total_ms / len(EVENTS), max(e["ms"] for e in EVENTS)))
    print("codes: %s" % (sorted({e["code"] for e in EVENTS}),))
    print("octal mode %o, %#o; padded %05d|%-5d|%+d|% d" % (420, 420, 42, 42, 42, 42))
    print("char %c%c%c, repr %r, ascii %a" % (79, 75, "!", "caf\u00e9", "caf\u00e9"))
    print("rounded %.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.25))
    print("percent sign: %d%% done" % 75)
    print("truncated: [%.4s] [%10.3s] [%-10s]" % ("abcdefgh", "xyz123", "left"))
    print(b"bytes: %d %s %x %c" % (7, b"raw", 255, 65))
    # A format with one conversion too few for its arguments.
    print("%s=%s" % ("key", "value", "extra"))


main()
