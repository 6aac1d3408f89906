# Summarise a web server access log: requests per status class, busiest paths, bytes per client.
import re

LOG = """\
10.0.0.1 - - [12/Mar/2024:09:14:02 +0000] "GET /index.html HTTP/1.1" 200 5120
10.0.0.2 - - [12/Mar/2024:09:14:05 +0000] "GET /about.html HTTP/1.1" 200 2048
10.0.0.1 - - [12/Mar/2024:09:15:11 +0000] "POST /api/login HTTP/1.1" 302 0
10.0.0.3 - - [12/Mar/2024:09:15:40 +0000] "GET /missing.png HTTP/1.1" 404 153
10.0.0.2 - - [12/Mar/2024:09:16:02 +0000] "GET /index.html HTTP/1.1" 200 5120
malformed line without the usual fields
10.0.0.4 - - [12/Mar/2024:09:17:33 +0000] "GET /api/data?page=2 HTTP/1.1" 500 91
10.0.0.1 - - [12/Mar/2024:09:18:00 +0000] "DELETE /api/item/7 HTTP/1.1" 204 -
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ '
    r'\[(?P<day>\d{2})/(?P<month>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] '
    r'"(?P<method>[A-Z]+) (?P<path>[^ ?"]+)(?:\?(?P<query>[^ "]*))? HTTP/[\d.]+" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)


def parse(text):
    entries, rejected = [], []
    for number, line in enumerate(text.splitlines(), 1):
        m = LINE.fullmatch(line)
        if m is None:
            rejected.append(number)
            continue
        entry = m.groupdict()
        entry["size"] = 0 if entry["size"] == "-" else int(entry["size"])
        entries.append(entry)
    return entries, rejected


entries, rejected = parse(LOG)
print(f"parsed {len(entries)} entries, rejected lines {rejected}")

def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


classes = count(e["status"][0] + "xx" for e in entries)
for cls in sorted(classes):
    print(f"  {cls}: {classes[cls]}")

paths = count(e["path"] for e in entries)
print("busiest:", sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:2])

per_ip = {}
for e in entries:
    per_ip[e["ip"]] = per_ip.get(e["ip"], 0) + e["size"]
for ip, total in sorted(per_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {ip:<10} {total:>6} bytes")

with_query = [e for e in entries if e["query"]]
for e in with_query:
    params = dict(re.findall(r"(\w+)=(\w*)", e["query"]))
    print("query on", e["path"], params)

times = [e["time"] for e in entries]
first, last = min(times), max(times)
print("window:", first, "->", last)
hms = [tuple(map(int, re.split(":", t))) for t in (first, last)]
span = (hms[1][0] - hms[0][0]) * 3600 + (hms[1][1] - hms[0][1]) * 60 + hms[1][2] - hms[0][2]
print("seconds covered:", span)
errors = [m.group(0) for m in re.finditer(r'"[A-Z]+ \S+ HTTP/1\.1" 5\d\d', LOG)]
print("server errors:", errors)
