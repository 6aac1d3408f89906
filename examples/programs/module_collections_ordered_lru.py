# An LRU cache built on OrderedDict, and ChainMap for layered settings.
from collections import OrderedDict, ChainMap


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("  evict", old)


cache = LRU(3)
for k in "abcadeb":
    if cache.get(k) is None:
        print("miss", k)
        cache.put(k, k.upper())
    else:
        print("hit ", k)
print(list(cache.data.items()))
defaults = {"color": "blue", "size": 10, "debug": False}
user = {"size": 12}
cli = {"debug": True}
settings = ChainMap(cli, user, defaults)
print(settings["color"], settings["size"], settings["debug"])
print(sorted(settings), len(settings))
child = settings.new_child({"color": "red"})
print(child["color"], child.parents["color"])
print(settings.maps[0])
print(OrderedDict(b=1, a=2) == OrderedDict(a=2, b=1), dict(b=1, a=2) == dict(a=2, b=1))
print(OrderedDict().popitem())
