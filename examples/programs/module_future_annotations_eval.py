# Postponed annotations evaluated later with typing.get_type_hints.
from __future__ import annotations
import typing


class Tree:
    children: list[Tree]
    label: str

    def __init__(self, label: str, *children: Tree) -> None:
        self.label = label
        self.children = list(children)

    def size(self) -> int:
        return 1 + sum(c.size() for c in self.children)

    def depth(self) -> int:
        return 1 + max((c.depth() for c in self.children), default=0)


t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
print(t.size(), t.depth())
print(Tree.__annotations__)
print(typing.get_type_hints(Tree, globalns=globals()))
print(typing.get_type_hints(Tree.size))


def broken(x: NoSuchType) -> None:
    pass


print(broken.__annotations__)
typing.get_type_hints(broken)
