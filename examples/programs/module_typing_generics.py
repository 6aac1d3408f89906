# A generic Stack[T] with typing.Generic and TypeVar, and a Protocol.
from typing import Generic, TypeVar, Iterator, Protocol, runtime_checkable

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(list(s), len(s), s.pop())
print(Stack[int], Stack[str].__origin__ is Stack, T, T.__name__)
print(isinstance(s, Sized), isinstance(3, Sized))
names = Stack[str]()
names.push("x")
print(names.pop(), Stack.__parameters__)
names.pop()
