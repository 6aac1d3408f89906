# A config loader whose errors are wrapped with raise ... from, ending in an uncaught chain.
import json


class ConfigError(Exception):
    def __init__(self, path, message):
        super().__init__(f"{path}: {message}")
        self.path = path


FILES = {
    "base.json": '{"name": "shop", "port": 8080, "include": "db.json"}',
    "db.json": '{"host": "localhost", "port": "5432"}',
    "broken.json": '{"name": "x", "port": 80,}',
    "cycle.json": '{"include": "cycle.json"}',
}


def read(path):
    try:
        return FILES[path]
    except KeyError:
        raise FileNotFoundError(f"no such file: {path}") from None


def load(path, seen=()):
    if path in seen:
        raise ConfigError(path, "include cycle " + " -> ".join(seen + (path,)))
    try:
        data = json.loads(read(path))
    except json.JSONDecodeError as e:
        raise ConfigError(path, f"bad JSON at column {e.colno}") from e
    include = data.pop("include", None)
    if include:
        inner = load(include, seen + (path,))
        inner.update(data)
        data = inner
    return data


def port_of(path):
    config = load(path)
    try:
        return int(config["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(path, "port missing or invalid") from e


print(load("base.json"))
print(port_of("db.json"))
for name in ("broken.json", "cycle.json", "missing.json"):
    try:
        load(name)
    except ConfigError as e:
        print(f"ConfigError: {e} (cause={type(e.__cause__).__name__})")
    except FileNotFoundError as e:
        print(f"FileNotFoundError: {e} suppress={e.__suppress_context__} context={e.__context__!r}")
FILES["noport.json"] = '{"name": "y"}'
FILES["badport.json"] = '{"port": "eighty"}'
try:
    port_of("noport.json")
except ConfigError as e:
    print("caused by", repr(e.__cause__), "| path", e.path, "| args", e.args)
port_of("badport.json")
