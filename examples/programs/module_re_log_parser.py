# Parsing web server log lines with regular expressions.
import re

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - - [10/Oct/2023:13:56:01] "POST /api/login HTTP/1.1" 401 128
192.168.1.10 - - [10/Oct/2023:13:57:12] "GET /images/logo.png HTTP/1.1" 200 10240
172.16.0.2 - - [10/Oct/2023:13:58:44] "GET /missing HTTP/1.1" 404 512
garbage line here
"""
PATTERN = re.compile(r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<when>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)')
totals = {}
for line in LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        print("skipped:", repr(line))
        continue
    d = m.groupdict()
    totals[d["ip"]] = totals.get(d["ip"], 0) + int(d["size"])
    print(f"{d['method']:4} {d['path']:18} {d['status']} at {m.group('when').split(':', 1)[1]}")
print(totals)
print(re.findall(r"\" (\d{3}) ", LOG))
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
print(PATTERN.pattern[:20], PATTERN.groups, sorted(PATTERN.groupindex))
print(re.compile("(unclosed"))
