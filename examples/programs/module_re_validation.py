# Validating and normalising user input with re: emails, phone numbers, dates.
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
PHONE = re.compile(r"^\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})$")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

for e in ["ada@example.com", "bad@", "x.y+z@mail.co.uk", "no spaces@x.io"]:
    print(f"{e!r:22} {'valid' if EMAIL.match(e) else 'invalid'}")
for p in ["555-123-4567", "(555) 123 4567", "5551234567", "55-1234-567"]:
    m = PHONE.match(p)
    print(f"{p!r:18}", "-".join(m.groups()) if m else None)
text = "Released 2023-10-02, patched 2023-11-15 and 2024-01-09."
print(DATE.sub(lambda m: f"{m.group(3)}/{m.group(2)}/{m.group(1)}", text))
print(re.split(r"[,;]\s*", "a, b;c ,d"))
print(re.split(r"(\d)", "x1y2z"))
print(re.fullmatch(r"[A-Z]{3}\d{2}", "ABC12") is not None, re.search(r"\bcat\b", "concat cat").span())
print(re.findall(r"(?i)the", "The theme of THE day"), re.escape("a.b*c"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"))
m = re.match(r"(\w+) (\w+)", "hello world")
print(m.group(0), m.groups(), m.expand(r"\2 \1"))
print(m.group(3))
