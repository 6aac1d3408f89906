# A report card printed with %-formatting: widths, precision, dict keys and %r.
students = {
    "Ada": [92, 88, 95, 79],
    "Brian": [65, 72, 58, 80],
    "Chen": [100, 97, 99, 98],
    "Dolores": [71, 0, 84, 90],
}


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


print("%-10s %5s %5s %5s %5s %7s %s" % ("Name", "T1", "T2", "T3", "T4", "Avg", "Grade"))
for name, scores in sorted(students.items()):
    avg = sum(scores) / len(scores)
    print("%-10s %5d %5d %5d %5d %7.2f %s" % ((name,) + tuple(scores) + (avg, letter(avg))))
best = max(students, key=lambda n: sum(students[n]))
print("Best: %(name)s with %(total)d points (%(pct).1f%%)" % {"name": best, "total": sum(students[best]), "pct": sum(students[best]) / 4})
print("%r %s %a" % ("it's", b"bytes", "café"))
print("%5.1f|%-8.3e|%+d|% d|%x|%X|%o|%#o|%c" % (3.14159, 12345.678, 5, 7, 255, 255, 8, 8, 65))
print("%05d|%-5d|%.3s|%*d|%-*d|" % (42, 42, "abcdef", 6, 7, 4, 9))
print("%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)
print("%(a)s and %(b)s and %(a)s" % {"a": "x", "b": "y"})
print("%.2f %.0f %.0f %g %g" % (2.675, 0.5, 1.5, 1e20, 1.0))
for value in (0, -3, 3.99, True):
    print("%d|%i|%5.2f" % (value, value, value))
templates = ["%s scored %d", "%s: %.1f avg", "%s has %s"]
for template in templates:
    print(template % ("Chen", sum(students["Chen"]) / 4))
try:
    print("%d items" % "three")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s and %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
print("%s %s" % ("a", "b", "c"))
