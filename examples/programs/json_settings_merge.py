# Merging JSON settings layers and writing the result with sorting and indentation.
import json

defaults = '{"theme": "light", "font": {"size": 12, "family": "mono"}, "plugins": ["git"], "ratio": 0.75}'
user = '{"font": {"size": 14}, "plugins": ["lint", "git"], "beta": true, "limit": null}'


def merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        elif isinstance(value, list) and isinstance(result.get(key), list):
            result[key] = sorted(set(result[key]) | set(value))
        else:
            result[key] = value
    return result


config = merge(json.loads(defaults), json.loads(user))
print(config)
print(json.dumps(config, sort_keys=True))
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config, separators=(",", ":")))
print(json.dumps({"name": "Zoë", "emoji": "\u2603"}), json.dumps({"name": "Zoë"}, ensure_ascii=False))


class Sink:
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)


sink = Sink()
json.dump(config["font"], sink)
print("".join(sink.chunks))
print(json.loads(json.dumps(config)) == config)
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
print(pairs)
print(json.loads("[1.10, 2, 3.5e1]", parse_float=lambda s: round(float(s), 1), parse_int=str))
