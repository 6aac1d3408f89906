# Aggregating JSON lines records into a report.
import json

LINES = """\
{"user": "ann", "action": "login", "ms": 120}
{"user": "bob", "action": "search", "ms": 340}
{"user": "ann", "action": "search", "ms": 90}
{"user": "cid", "action": "login", "ms": 200}
{"user": "bob", "action": "logout", "ms": 15}
{"user": "ann", "action": "logout"}
"""
per_user = {}
per_action = {}
for n, line in enumerate(LINES.splitlines(), 1):
    rec = json.loads(line)
    u = per_user.setdefault(rec["user"], {"count": 0, "ms": 0})
    u["count"] += 1
    u["ms"] += rec.get("ms", 0)
    per_action[rec["action"]] = per_action.get(rec["action"], 0) + 1
report = {"users": per_user, "actions": per_action, "total": n}
print(json.dumps(report, indent=1))
slowest = max(per_user.items(), key=lambda kv: kv[1]["ms"])
print("slowest user:", slowest[0])
try:
    json.loads('{"user": "x", }')
except json.JSONDecodeError as e:
    print("bad line:", e.msg, e.lineno, e.colno, e.pos)
json.loads("{'single': 'quotes'}")
