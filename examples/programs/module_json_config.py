# Loading, validating and rewriting a JSON configuration.
import json

RAW = '''
{
  "name": "demo",
  "version": 3,
  "debug": false,
  "servers": [{"host": "a.example", "port": 8080}, {"host": "b.example", "port": 9090}],
  "limits": {"cpu": 1.5, "memory": null},
  "tags": ["x", "y"]
}
'''
config = json.loads(RAW)
print(type(config).__name__, sorted(config))
for s in config["servers"]:
    print(f"{s['host']}:{s['port']}")
config["version"] += 1
config["servers"].append({"host": "c.example", "port": 7070})
config["limits"]["memory"] = 512
print(json.dumps(config["limits"]))
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps({"uni": "caf\u00e9", "t": (1, 2)}), json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps([1.0, 1e20, float("inf")]))
print(json.loads("[1, 2,]"))
