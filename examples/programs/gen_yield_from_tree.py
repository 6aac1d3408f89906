# Recursive generators with yield from: tree traversals and flattening.
class Node:
    def __init__(self, value, *children):
        self.value, self.children = value, children


def preorder(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from preorder(child, depth + 1)


def leaves(node):
    if not node.children:
        yield node.value
    for child in node.children:
        yield from leaves(child)


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


tree = Node("root", Node("a", Node("a1"), Node("a2", Node("a2x"))), Node("b"), Node("c", Node("c1")))
for depth, value in preorder(tree):
    print("  " * depth + value)
print("leaves:", list(leaves(tree)))
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))


def delegator():
    result = yield from inner()
    yield f"inner returned {result}"


def inner():
    yield "one"
    yield "two"
    return 42


print(list(delegator()))
