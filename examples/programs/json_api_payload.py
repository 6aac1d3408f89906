# Validating API payloads with json: custom encoder, object_hook and a malformed request
# that ends the program with json's own error.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)


def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


shapes = {"triangle": [Point(0, 0), Point(4, 0), Point(0, 3)], "origin": Point(0, 0)}
text = json.dumps(shapes, cls=PointEncoder)
print(text)
back = json.loads(text, object_hook=as_point)
print(back)

requests = ['{"id": 1, "tags": []}', '[1, 2,]', '{"id": 2 "x": 1}', '{"id": 3}extra', '"open']
for raw in requests:
    try:
        print("ok", json.loads(raw))
    except json.JSONDecodeError as err:
        print(f"bad ({err.lineno}:{err.colno}, pos {err.pos}): {err.msg}")

try:
    json.dumps({"when": {1, 2}})
except TypeError as err:
    print("encode error:", err)

print(json.dumps([1.0, 1e16, 0.1 + 0.2, -5, True, None]))
print(json.dumps({1: "a", 2.5: "b", None: "c", False: "d"}))
payload = '{\n  "user": "kim",\n  "items": [1, 2\n  "total": 3\n}'
order = json.loads(payload)
print(order)
