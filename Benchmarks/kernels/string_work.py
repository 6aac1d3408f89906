# String work: formatting, joining, splitting, replacing and searching.
lines = []
for i in range(40000):
    lines.append("%05d:%s:%.2f" % (i, "item" + str(i % 13), i / 7))
text = "\n".join(lines)
fields = [line.split(":") for line in text.splitlines()]
upper = sum(1 for f in fields if f[1].upper().endswith("3"))
replaced = text.replace("item1", "ITEM").count("ITEM")
found = 0
start = 0
while True:
    start = text.find("item7", start)
    if start < 0:
        break
    found += 1
    start += 1
report = [f"{int(f[0]):>6} {f[1]:<8} {float(f[2]):10.3f}" for f in fields[:5000]]
print(len(text), upper, replaced, found, report[-1])
