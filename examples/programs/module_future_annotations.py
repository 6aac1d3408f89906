# from __future__ import annotations: annotations stay strings, forward references work.
from __future__ import annotations


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        node = self
        while node.next is not None:
            node = node.next
        node.next = Node(value)
        return self

    def to_list(self) -> list[int]:
        out, node = [], self
        while node:
            out.append(node.value)
            node = node.next
        return out


head = Node(1).append(2).append(3)
print(head.to_list())
print(Node.__init__.__annotations__)
print(Node.append.__annotations__["return"], type(Node.to_list.__annotations__["return"]).__name__)
x: undefined_name_is_fine = 5
print(x, __annotations__)
