# Build layered configuration objects with types.SimpleNamespace and report the differences.
from types import SimpleNamespace, MappingProxyType

DEFAULTS = {
    "server": {"host": "localhost", "port": 8000, "workers": 2},
    "db": {"url": "sqlite://", "pool": 5},
    "debug": False,
}


def to_namespace(data):
    if isinstance(data, dict):
        return SimpleNamespace(**{k: to_namespace(v) for k, v in data.items()})
    return data


def merge(base, override):
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def diff(a, b, prefix=""):
    changes = []
    for key in sorted(set(vars(a)) | set(vars(b))):
        left, right = getattr(a, key, None), getattr(b, key, None)
        if isinstance(left, SimpleNamespace) and isinstance(right, SimpleNamespace):
            changes.extend(diff(left, right, prefix + key + "."))
        elif left != right:
            changes.append(f"{prefix}{key}: {left!r} -> {right!r}")
    return changes


base = to_namespace(DEFAULTS)
print(base)
prod = to_namespace(merge(DEFAULTS, {"server": {"host": "0.0.0.0", "workers": 8}, "db": {"pool": 20}}))
dev = to_namespace(merge(DEFAULTS, {"debug": True}))
print(prod.server)
print(dev.debug, dev.server == base.server, prod.server == base.server)
for line in diff(base, prod):
    print("  prod", line)
for line in diff(base, dev):
    print("  dev ", line)

dev.server.port += 1
dev.extra = SimpleNamespace()
print(dev.server, dev.extra, vars(dev.extra))
frozen = MappingProxyType(DEFAULTS["server"])
print(frozen, frozen["port"], len(frozen), "host" in frozen)
try:
    frozen["port"] = 9000
except TypeError as exc:
    print("TypeError:", exc)
DEFAULTS["server"]["port"] = 8080
print(frozen.get("port"), sorted(frozen.items()))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == {"a": 1})
print(prod.server.timeout)
