# Controlling copies with __copy__, and deep copies through __getstate__/__setstate__.
import copy


class Node:
    created = 0

    def __init__(self, value, children=None):
        Node.created += 1
        self.value = value
        self.children = children or []

    def __copy__(self):
        print("  __copy__", self.value)
        return Node(self.value, self.children)

    def __getstate__(self):
        print("  __getstate__", self.value)
        return {"value": self.value, "children": self.children}

    def __setstate__(self, state):
        print("  __setstate__", state["value"], len(state["children"]))
        Node.created += 1
        self.__dict__.update(state)

    def total(self):
        return self.value + sum(c.total() for c in self.children)


leaf = Node(3)
tree = Node(1, [Node(2, [leaf]), leaf])
a = copy.copy(tree)
b = copy.deepcopy(tree)
print("totals", tree.total(), a.total(), b.total())
print("shared leaf kept shared:", b.children[1] is b.children[0].children[0])
print(a.children is tree.children, b.children is tree.children)
print("nodes created", Node.created)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")


class Locked:
    def __getstate__(self):
        raise TypeError("cannot copy a locked object")


copy.deepcopy({"k": [Locked()]})
