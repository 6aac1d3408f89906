# printf-style % formatting: conversions, flags, widths, dict lookups.
rows = [("apples", 12, 0.5), ("kiwis", 3, 1.25), ("watermelons", 1, 4.999)]
print("%-12s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-12s %5d %8.2f" % (name, qty, price))
print("%(name)s is %(age)d years old" % {"name": "ann", "age": 37})
print("%5.1f%% done, %x hex, %o oct, %e sci, %g gen" % (99.44, 255, 8, 12345.678, 0.00001234))
print("%+d %+d % d %05d %-5d|" % (5, -5, 5, 42, 42))
print("%r %s %a" % ("quote'me", b"bytes", "caf\u00e9"))
print("%c%c%c" % (72, "i", 33), "%.3s" % "truncated", "%*d|%-*d|" % (6, 1, 6, 2))
print("%#x %#o %X %.0f %.0f" % (255, 8, 48879, 0.5, 1.5))
print("%s" % [1, 2], "%s" % (("tuple",),), "%%")
print("%d items" % 3.99, "%i" % -2.5)


def table(rows, widths):
    # column widths are passed with '*', as a C programmer would
    for row in rows:
        print("|".join("%-*s" % (w, cell) for w, cell in zip(widths, row)))


table([("id", "name"), (1, "ann"), (22, "bob")], (4, 6))
print("%s has %d%%" % ("battery", 87), "%.2e" % 6.02214076e23, "%10.4s|" % "abcdefg")
print("%d and %d" % (1,))
