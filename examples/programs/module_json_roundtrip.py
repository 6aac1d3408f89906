# Serialising custom objects with json: default= hooks and object_hook decoding.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def encode(obj):
    if isinstance(obj, Point):
        return {"__point__": [obj.x, obj.y]}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


shape = {"name": "tri", "points": [Point(0, 0), Point(4, 0), Point(0, 3)], "labels": {"b", "a"}}
text = json.dumps(shape, default=encode)
print(text)
back = json.loads(text, object_hook=decode)
print(back)
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, separators=(",", ":"), sort_keys=True))
print(json.loads('{"a": 1, "a": 2}'), json.loads("3.50"), json.loads('"\\u00e9"'))
print(json.loads("12", parse_int=lambda s: int(s) * 2))
print(json.dumps(shape["labels"]))
