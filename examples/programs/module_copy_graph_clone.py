# Cloning a cyclic graph with deepcopy: shared nodes stay shared, cycles stay cycles.
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def link(self, *others):
        self.edges.extend(others)
        return self

    def __repr__(self):
        return f"Node({self.name!r} -> {[e.name for e in self.edges]})"


class Graph:
    def __init__(self, nodes):
        self.nodes = {n.name: n for n in nodes}
        self.version = 1

    def clone(self):
        twin = copy.deepcopy(self)
        twin.version = self.version + 1
        return twin


a, b, c, d = Node("a"), Node("b"), Node("c"), Node("d")
a.link(b, c)
b.link(c)
c.link(a, d)
d.link(d)
g = Graph([a, b, c, d])

g2 = g.clone()
print("versions:", g.version, g2.version)
for name in "abcd":
    orig, clone = g.nodes[name], g2.nodes[name]
    print(name, clone, "same object:", orig is clone)
x = g2.nodes
print("cycle kept:", x["c"].edges[0] is x["a"], "self loop kept:", x["d"].edges[0] is x["d"])
print("shared target kept:", x["a"].edges[1] is x["b"].edges[0])

pair = copy.deepcopy([a, a])
print("one copy per original:", pair[0] is pair[1], pair[0] is not a)

shallow = copy.copy(a)
print("shallow shares edges:", shallow.edges is a.edges, shallow is a)

data = {"graph": [a, b], "pair": (a, a)}
cloned = copy.deepcopy(data)
print(cloned["pair"][0] is cloned["pair"][1], cloned["graph"][0] is cloned["pair"][0])
frozen = (1, "two", (3.0, None))
print(copy.deepcopy(frozen) is frozen, copy.deepcopy([frozen])[0] is frozen)
loop = [1, 2]
loop.append(loop)
dup = copy.deepcopy(loop)
print(dup, dup[2] is dup, dup is loop)
