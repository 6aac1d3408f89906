# Layered configuration with ChainMap: command line over environment over defaults.
from collections import ChainMap

DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "workers": 2, "log": "info"}
ENVIRONMENT = {"port": 9000, "log": "warning"}
COMMAND_LINE = {"debug": True}


def describe(config):
    for key in sorted(config):
        source = next(i for i, m in enumerate(config.maps) if key in m)
        print(f"  {key:<8} = {config[key]!r:<12} (layer {source})")


config = ChainMap(COMMAND_LINE, ENVIRONMENT, DEFAULTS)
print("effective configuration:")
describe(config)
print(len(config), "keys;", "port" in config, config.get("timeout", 30))

# Writes go to the first mapping only.
config["workers"] = 8
print(COMMAND_LINE, DEFAULTS["workers"])

# A child scope for one request, discarded afterwards.
request = config.new_child({"log": "debug", "user": "ann"})
print(request["log"], request["port"], request["user"], len(request.maps))
print(request.parents["log"], request.parents == config)
del request["user"]
print("user" in request, list(request.maps[0]))

try:
    del config["host"]
except KeyError as exc:
    print("cannot delete:", exc)

merged = dict(config)
print(sorted(merged.items()))
print(config)


def lookup(cfg, dotted):
    section, _, key = dotted.partition(".")
    return cfg[section][key]


nested = ChainMap({"db": {"name": "prod"}}, {"db": {"name": "dev", "pool": 5}, "cache": {"ttl": 60}})
print(lookup(nested, "db.name"), lookup(nested, "cache.ttl"))
print(lookup(nested, "db.pool"))
